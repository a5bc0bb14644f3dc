from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return [
            Tool.from_dict(item) if isinstance(item, Mapping) else item
            for item in value
        ]
    return value


class AttachToolsToPalResponse2XX(Model):
    data: list[Tool] | None

    _FIELDS = {
        "data": ("data", _parse_data),
    }

    def __init__(
        self,
        *,
        data: list[Tool] | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "data": data,
        }
        self._init(values, additional_properties)


from ..models.tool import Tool
