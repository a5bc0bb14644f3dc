from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_models


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(Face, value)
    return value


class ListFacesResponse2XX(Model):
    data: list[Face] | None
    """ Faces on this page; total_count counts all matches. """
    total_count: int | None
    """ Number of faces matching the filters. """

    _FIELDS = {
        "data": ("data", _parse_data),
        "total_count": ("total_count", None),
    }

    def __init__(
        self,
        *,
        data: list[Face] | None = None,
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
ListFacesResponse2XXParam = TypedDict(
    "ListFacesResponse2XXParam",
    {
        "data": "list[FaceParam]",
        "total_count": "int",
    },
    total=False,
)


from ..models.face import (
    Face,
    FaceParam,
)
