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


class ListPalsResponse2XX(Model):
    data: list[Pal] | None
    total_count: int | None
    """ Number of PALs matching the filters. """

    _FIELDS = {
        "data": ("data", _parse_data),
        "total_count": ("total_count", None),
    }

    def __init__(
        self,
        *,
        data: list[Pal] | None = None,
        total_count: int | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "data": data,
            "total_count": total_count,
        }
        self._init(values, additional_properties)


from ..models.pal import Pal
