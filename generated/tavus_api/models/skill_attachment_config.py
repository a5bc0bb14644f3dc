from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class SkillAttachmentConfig(Model):
    """The skill's configuration ({} for skills without one); its shape depends on skill_id (for magic_canvas,
    config.components is a sparse overlay).

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
SkillAttachmentConfigParam = Mapping[str, Any]
