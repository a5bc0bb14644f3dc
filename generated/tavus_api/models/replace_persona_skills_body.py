from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


def _parse_skills(value: Any) -> Any:
    if isinstance(value, Mapping):
        return ReplacePersonaSkillsBodySkills.from_dict(value)
    return value


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


from ..models.replace_persona_skills_body_skills import ReplacePersonaSkillsBodySkills
