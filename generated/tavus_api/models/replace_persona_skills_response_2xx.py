from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_data(value: Any) -> Any:
    return parse_model(ReplacePersonaSkillsResponse2XXData, value)


class ReplacePersonaSkillsResponse2XX(Model):
    data: ReplacePersonaSkillsResponse2XXData | None
    """ The PAL's new skill attachments keyed by skill_id. """

    _FIELDS = {
        "data": ("data", _parse_data),
    }

    def __init__(
        self,
        *,
        data: ReplacePersonaSkillsResponse2XXData | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "data": data,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ReplacePersonaSkillsResponse2XXParam = TypedDict(
    "ReplacePersonaSkillsResponse2XXParam",
    {
        "data": "ReplacePersonaSkillsResponse2XXDataParam",
    },
    total=False,
)


from ..models.replace_persona_skills_response_2xx_data import (
    ReplacePersonaSkillsResponse2XXData,
    ReplacePersonaSkillsResponse2XXDataParam,
)
