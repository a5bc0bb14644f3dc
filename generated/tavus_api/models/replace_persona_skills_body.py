from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_skills(value: Any) -> Any:
    return parse_model(ReplacePersonaSkillsBodySkills, value)


class ReplacePersonaSkillsBody(Model):
    skills: ReplacePersonaSkillsBodySkills
    """ The complete skill set, keyed by skill_id; each value holds that skill's config (omit it or pass {} for
    skills without configuration). """

    _FIELDS = {
        "skills": ("skills", _parse_skills),
    }
    _REQUIRED = ("skills",)

    def __init__(
        self,
        *,
        skills: ReplacePersonaSkillsBodySkills,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "skills": skills,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ReplacePersonaSkillsBodyParam = TypedDict(
    "ReplacePersonaSkillsBodyParam",
    {
        "skills": Required["ReplacePersonaSkillsBodySkillsParam"],
    },
    total=False,
)


from ..models.replace_persona_skills_body_skills import (
    ReplacePersonaSkillsBodySkills,
    ReplacePersonaSkillsBodySkillsParam,
)
