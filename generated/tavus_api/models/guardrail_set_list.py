from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return [
            Guardrails.from_dict(item) if isinstance(item, Mapping) else item
            for item in value
        ]
    return value


class GuardrailSetList(Model):
    """List Guardrails response with legacy=true (the default; published shape)."""

    data: list[Guardrails] | None
    total_count: int | None

    _FIELDS = {
        "data": ("data", _parse_data),
        "total_count": ("total_count", None),
    }

    def __init__(
        self,
        *,
        data: list[Guardrails] | None = None,
        total_count: int | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "data": data,
            "total_count": total_count,
        }
        self._init(values, additional_properties)


from ..models.guardrails import Guardrails
