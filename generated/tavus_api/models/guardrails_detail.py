from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_data(value: Any) -> Any:
    return parse_model(Guardrail, value)


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


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
GuardrailsDetailParam = TypedDict(
    "GuardrailsDetailParam",
    {
        "data": Required["GuardrailParam"],
    },
    total=False,
)


from ..models.guardrail import (
    Guardrail,
    GuardrailParam,
)
