from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model, parse_model


def _parse_data(value: Any) -> Any:
    return parse_model(Guardrail, value)


class GuardrailsDetail(Model):
    data: Guardrail

    _FIELDS = {
        "data": ("data", _parse_data),
    }
    _REQUIRED = ("data",)

    def __init__(
        self,
        *,
        data: Guardrail,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "data": data,
        }
        self._init(values, additional_properties)


from ..models.guardrail import Guardrail
