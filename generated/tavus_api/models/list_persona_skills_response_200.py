from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


def _parse_data(value: Any) -> Any:
    if isinstance(value, Mapping):
        return ListPersonaSkillsResponse200Data.from_dict(value)
    return value


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


from ..models.list_persona_skills_response_200_data import (
    ListPersonaSkillsResponse200Data,
)
