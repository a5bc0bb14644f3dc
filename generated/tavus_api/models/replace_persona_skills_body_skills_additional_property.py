from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


def _parse_config(value: Any) -> Any:
    if isinstance(value, Mapping):
        return ReplacePersonaSkillsBodySkillsAdditionalPropertyConfig.from_dict(value)
    return value


class ReplacePersonaSkillsBodySkillsAdditionalProperty(Model):
    config: ReplacePersonaSkillsBodySkillsAdditionalPropertyConfig | None

    _FIELDS = {
        "config": ("config", _parse_config),
    }

    def __init__(
        self,
        *,
        config: ReplacePersonaSkillsBodySkillsAdditionalPropertyConfig | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "config": config,
        }
        self._init(values, additional_properties)


from ..models.replace_persona_skills_body_skills_additional_property_config import (
    ReplacePersonaSkillsBodySkillsAdditionalPropertyConfig,
)
