from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_models


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(CanvasInteraction, value)
    return value


class ListCanvasInteractionsResponse2XX(Model):
    data: list[CanvasInteraction] | None

    _FIELDS = {
        "data": ("data", _parse_data),
    }

    def __init__(
        self,
        *,
        data: list[CanvasInteraction] | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "data": data,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ListCanvasInteractionsResponse2XXParam = TypedDict(
    "ListCanvasInteractionsResponse2XXParam",
    {
        "data": "list[CanvasInteractionParam]",
    },
    total=False,
)


from ..models.canvas_interaction import (
    CanvasInteraction,
    CanvasInteractionParam,
)
