from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model, parse_model


def _parse_data(value: Any) -> Any:
    return parse_model(Objective, value)


class ObjectivesDetail(Model):
    data: Objective

    _FIELDS = {
        "data": ("data", _parse_data),
    }
    _REQUIRED = ("data",)

    def __init__(
        self,
        *,
        data: Objective,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "data": data,
        }
        self._init(values, additional_properties)


from ..models.objective import Objective
