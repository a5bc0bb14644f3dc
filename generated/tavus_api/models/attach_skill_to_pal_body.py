from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_config(value: Any) -> Any:
    return parse_model(AttachSkillToPalBodyConfig, value)


class AttachSkillToPalBody(Model):
    config: AttachSkillToPalBodyConfig | None
    """ Skill configuration, validated against the skill's config schema (default {}). presentation - document_ids
    (required array), slides_trigger (on_demand, the default, or walk_the_deck), prompt. magic_canvas - optional
    sparse components overlay. """

    _FIELDS = {
        "config": ("config", _parse_config),
    }

    def __init__(
        self,
        *,
        config: AttachSkillToPalBodyConfig | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "config": config,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
AttachSkillToPalBodyParam = TypedDict(
    "AttachSkillToPalBodyParam",
    {
        "config": "AttachSkillToPalBodyConfigParam",
    },
    total=False,
)


from ..models.attach_skill_to_pal_body_config import (
    AttachSkillToPalBodyConfig,
    AttachSkillToPalBodyConfigParam,
)
