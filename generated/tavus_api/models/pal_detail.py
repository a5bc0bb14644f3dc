from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return [
            Pal.from_dict(item) if isinstance(item, Mapping) else item for item in value
        ]
    return value


class PalDetail(Model):
    data: list[Pal]

    _FIELDS = {
        "data": ("data", _parse_data),
    }
    _REQUIRED = ("data",)

    def __init__(
        self,
        *,
        data: list[Pal],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "data": data,
        }
        self._init(values, additional_properties)


from ..models.pal import Pal
