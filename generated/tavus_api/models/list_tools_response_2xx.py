from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_models


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(Tool, value)
    return value


class ListToolsResponse2XX(Model):
    data: list[Tool] | None
    total_count: int | None

    _FIELDS = {
        "data": ("data", _parse_data),
        "total_count": ("total_count", None),
    }

    def __init__(
        self,
        *,
        data: list[Tool] | None = None,
        total_count: int | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "data": data,
            "total_count": total_count,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ListToolsResponse2XXParam = TypedDict(
    "ListToolsResponse2XXParam",
    {
        "data": "list[ToolParam]",
        "total_count": "int",
    },
    total=False,
)


from ..models.tool import (
    Tool,
    ToolParam,
)
