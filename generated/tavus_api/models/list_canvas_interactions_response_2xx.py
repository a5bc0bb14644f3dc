from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return [
            CanvasInteraction.from_dict(item) if isinstance(item, Mapping) else item
            for item in value
        ]
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


from ..models.canvas_interaction import CanvasInteraction
