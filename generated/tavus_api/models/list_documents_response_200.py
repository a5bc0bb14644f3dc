from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_models


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(Document, value)
    return value


class ListDocumentsResponse200(Model):
    data: list[Document] | None
    """ Documents for the current page; use `total_count` for the full count under the applied filters. """
    total_count: int | None
    """ Total number of documents matching the filter criteria """
    page: int | None
    """ Current page number """
    limit: int | None
    """ Number of documents per page """

    _FIELDS = {
        "data": ("data", _parse_data),
        "total_count": ("total_count", None),
        "page": ("page", None),
        "limit": ("limit", None),
    }

    def __init__(
        self,
        *,
        data: list[Document] | None = None,
        total_count: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "data": data,
            "total_count": total_count,
            "page": page,
            "limit": limit,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ListDocumentsResponse200Param = TypedDict(
    "ListDocumentsResponse200Param",
    {
        "data": "list[DocumentParam]",
        "total_count": "int",
        "page": "int",
        "limit": "int",
    },
    total=False,
)


from ..models.document import (
    Document,
    DocumentParam,
)
