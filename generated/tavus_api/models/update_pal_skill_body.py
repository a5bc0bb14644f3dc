from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_config(value: Any) -> Any:
    return parse_model(UpdatePalSkillBodyConfig, value)


class UpdatePalSkillBody(Model):
    config: UpdatePalSkillBodyConfig
    """ Partial config to merge into the existing one; null removes a field. """

    _FIELDS = {
        "config": ("config", _parse_config),
    }
    _REQUIRED = ("config",)

    def __init__(
        self,
        *,
        config: UpdatePalSkillBodyConfig,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "config": config,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
UpdatePalSkillBodyParam = TypedDict(
    "UpdatePalSkillBodyParam",
    {
        "config": Required["UpdatePalSkillBodyConfigParam"],
    },
    total=False,
)


from ..models.update_pal_skill_body_config import (
    UpdatePalSkillBodyConfig,
    UpdatePalSkillBodyConfigParam,
)
