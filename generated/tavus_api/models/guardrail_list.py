from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_models


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(Guardrail, value)
    return value


class GuardrailList(Model):
    """List Guardrails response with legacy=false."""

    data: list[Guardrail] | None
    total_count: int | None
    """ Number of guardrails matching the filters. """
    page: int | None
    limit: int | None

    _FIELDS = {
        "data": ("data", _parse_data),
        "total_count": ("total_count", None),
        "page": ("page", None),
        "limit": ("limit", None),
    }

    def __init__(
        self,
        *,
        data: list[Guardrail] | None = None,
        total_count: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "data": data,
            "total_count": total_count,
            "page": page,
            "limit": limit,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
GuardrailListParam = TypedDict(
    "GuardrailListParam",
    {
        "data": "list[GuardrailParam]",
        "total_count": "int",
        "page": "int",
        "limit": "int",
    },
    total=False,
)


from ..models.guardrail import (
    Guardrail,
    GuardrailParam,
)
