from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_models


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(Replica, value)
    return value


class ListReplicasResponse200(Model):
    data: list[Replica] | None
    """ Replicas for the current page; use `total_count` for the full count under the applied filters. """
    total_count: int | None
    """ The total number of replicas given the filters provided. """

    _FIELDS = {
        "data": ("data", _parse_data),
        "total_count": ("total_count", None),
    }

    def __init__(
        self,
        *,
        data: list[Replica] | None = None,
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
ListReplicasResponse200Param = TypedDict(
    "ListReplicasResponse200Param",
    {
        "data": "list[ReplicaParam]",
        "total_count": "int",
    },
    total=False,
)


from ..models.replica import (
    Replica,
    ReplicaParam,
)
