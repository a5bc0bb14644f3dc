from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_models


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(GuardrailSetItem, value)
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


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
GuardrailSetCreateRequestParam = TypedDict(
    "GuardrailSetCreateRequestParam",
    {
        "name": "str",
        "data": "list[GuardrailSetItemParam]",
    },
    total=False,
)


from ..models.guardrail_set_item import (
    GuardrailSetItem,
    GuardrailSetItemParam,
)
