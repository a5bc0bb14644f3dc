from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_data(value: Any) -> Any:
    return parse_model(ListPersonaSkillsResponse200Data, value)


class ListPersonaSkillsResponse200(Model):
    data: ListPersonaSkillsResponse200Data | None
    """ Skill attachments keyed by skill_id. """

    _FIELDS = {
        "data": ("data", _parse_data),
    }

    def __init__(
        self,
        *,
        data: ListPersonaSkillsResponse200Data | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "data": data,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ListPersonaSkillsResponse200Param = TypedDict(
    "ListPersonaSkillsResponse200Param",
    {
        "data": "ListPersonaSkillsResponse200DataParam",
    },
    total=False,
)


from ..models.list_persona_skills_response_200_data import (
    ListPersonaSkillsResponse200Data,
    ListPersonaSkillsResponse200DataParam,
)
