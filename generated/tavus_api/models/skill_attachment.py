from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_config(value: Any) -> Any:
    return parse_model(SkillAttachmentConfig, value)


class SkillAttachment(Model):
    """A skill attached to a PAL."""

    skill_id: str
    """ Identifier of the attached skill. """
    config: SkillAttachmentConfig | None
    """ The skill's configuration ({} for skills without one); its shape depends on skill_id (for magic_canvas,
    config.components is a sparse overlay). """
    attached_at: str | None
    """ ISO 8601 time the skill was first attached. """
    updated_at: str | None
    """ ISO 8601 time the attachment last changed. """

    _FIELDS = {
        "skill_id": ("skill_id", None),
        "config": ("config", _parse_config),
        "attached_at": ("attached_at", None),
        "updated_at": ("updated_at", None),
    }
    _REQUIRED = ("skill_id",)

    def __init__(
        self,
        *,
        skill_id: str,
        config: SkillAttachmentConfig | None = None,
        attached_at: str | None = None,
        updated_at: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "skill_id": skill_id,
            "config": config,
            "attached_at": attached_at,
            "updated_at": updated_at,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
SkillAttachmentParam = TypedDict(
    "SkillAttachmentParam",
    {
        "skill_id": Required["str"],
        "config": "SkillAttachmentConfigParam",
        "attached_at": "str",
        "updated_at": "str",
    },
    total=False,
)


from ..models.skill_attachment_config import (
    SkillAttachmentConfig,
    SkillAttachmentConfigParam,
)
