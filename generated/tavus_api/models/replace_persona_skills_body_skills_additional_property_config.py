from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class ReplacePersonaSkillsBodySkillsAdditionalPropertyConfig(Model):
    _FIELDS = {}

    def __init__(
        self,
        *,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {}
        self._init(values, additional_properties)


# The request-side form: an object the contract gives no properties (any keys).
ReplacePersonaSkillsBodySkillsAdditionalPropertyConfigParam = Mapping[str, Any]
