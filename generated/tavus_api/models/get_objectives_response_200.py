from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_models


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(Objectives, value)
    return value


class GetObjectivesResponse200(Model):
    data: list[Objectives] | None
    """ Objectives for the current page; use `total_count` for the full count. """
    total_count: int | None
    """ The total number of objectives """

    _FIELDS = {
        "data": ("data", _parse_data),
        "total_count": ("total_count", None),
    }

    def __init__(
        self,
        *,
        data: list[Objectives] | None = None,
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
GetObjectivesResponse200Param = TypedDict(
    "GetObjectivesResponse200Param",
    {
        "data": "list[ObjectivesParam]",
        "total_count": "int",
    },
    total=False,
)


from ..models.objectives import (
    Objectives,
    ObjectivesParam,
)
