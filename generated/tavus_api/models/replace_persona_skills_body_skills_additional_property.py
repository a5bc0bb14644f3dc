from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_config(value: Any) -> Any:
    return parse_model(ReplacePersonaSkillsBodySkillsAdditionalPropertyConfig, value)


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


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ReplacePersonaSkillsBodySkillsAdditionalPropertyParam = TypedDict(
    "ReplacePersonaSkillsBodySkillsAdditionalPropertyParam",
    {
        "config": "ReplacePersonaSkillsBodySkillsAdditionalPropertyConfigParam",
    },
    total=False,
)


from ..models.replace_persona_skills_body_skills_additional_property_config import (
    ReplacePersonaSkillsBodySkillsAdditionalPropertyConfig,
    ReplacePersonaSkillsBodySkillsAdditionalPropertyConfigParam,
)
