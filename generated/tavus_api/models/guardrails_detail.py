from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


def _parse_data(value: Any) -> Any:
    if isinstance(value, Mapping):
        return Guardrail.from_dict(value)
    return value


class GuardrailsDetail(Model):
    """Get Guardrails response for a legacy set id (published shape)."""

    data: Guardrail
    """ An individual guardrail. """

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
