from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class AttachSkillToPalBodyConfig(Model):
    """Skill configuration, validated against the skill's config schema (default {}). presentation - document_ids (required
    array), slides_trigger (on_demand, the default, or walk_the_deck), prompt. magic_canvas - optional sparse components
    overlay.

        Example:
            {'document_ids': ['d1234567890', 'd2468101214'], 'slides_trigger': 'walk_the_deck', 'prompt': 'Walk the
                participant through the Q4 roadmap deck.'}

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
AttachSkillToPalBodyConfigParam = Mapping[str, Any]
