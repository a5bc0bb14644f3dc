from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


def _parse_config(value: Any) -> Any:
    if isinstance(value, Mapping):
        return UpdatePalSkillBodyConfig.from_dict(value)
    return value


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


from ..models.update_pal_skill_body_config import UpdatePalSkillBodyConfig
