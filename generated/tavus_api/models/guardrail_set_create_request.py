from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return [
            GuardrailSetItem.from_dict(item) if isinstance(item, Mapping) else item
            for item in value
        ]
    return value


class GuardrailSetCreateRequest(Model):
    """Body that creates a legacy guardrail set (published shape)."""

    name: str | None
    """ Name of the set. """
    data: list[GuardrailSetItem] | None
    """ The guardrails of the set. """

    _FIELDS = {
        "name": ("name", None),
        "data": ("data", _parse_data),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        data: list[GuardrailSetItem] | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "name": name,
            "data": data,
        }
        self._init(values, additional_properties)


from ..models.guardrail_set_item import GuardrailSetItem
