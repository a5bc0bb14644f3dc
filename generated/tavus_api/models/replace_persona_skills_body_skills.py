from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class ReplacePersonaSkillsBodySkills(Model):
    """The complete skill set, keyed by skill_id; each value holds that skill's config (omit it or pass {} for skills
    without configuration).

    """

    _FIELDS = {}

    def __init__(
        self,
        *,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {}
        self._init(values, additional_properties)


# The request-side form: an object the contract gives no properties (any keys).
ReplacePersonaSkillsBodySkillsParam = Mapping[str, Any]
