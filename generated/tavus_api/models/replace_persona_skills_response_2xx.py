from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


def _parse_data(value: Any) -> Any:
    if isinstance(value, Mapping):
        return ReplacePersonaSkillsResponse2XXData.from_dict(value)
    return value


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


from ..models.replace_persona_skills_response_2xx_data import (
    ReplacePersonaSkillsResponse2XXData,
)
