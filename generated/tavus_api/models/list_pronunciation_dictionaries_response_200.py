from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_models


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(PronunciationDictionary, value)
    return value


class ListPronunciationDictionariesResponse200(Model):
    data: list[PronunciationDictionary] | None
    """ Dictionaries for the current page; use `total_count`, `page`, and `limit` with the query parameters for
    pagination. """
    total_count: int | None
    """ Total number of pronunciation dictionaries for the user """
    page: int | None
    """ Current page number """
    limit: int | None
    """ Number of dictionaries per page """

    _FIELDS = {
        "data": ("data", _parse_data),
        "total_count": ("total_count", None),
        "page": ("page", None),
        "limit": ("limit", None),
    }

    def __init__(
        self,
        *,
        data: list[PronunciationDictionary] | None = None,
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
ListPronunciationDictionariesResponse200Param = TypedDict(
    "ListPronunciationDictionariesResponse200Param",
    {
        "data": "list[PronunciationDictionaryParam]",
        "total_count": "int",
        "page": "int",
        "limit": "int",
    },
    total=False,
)


from ..models.pronunciation_dictionary import (
    PronunciationDictionary,
    PronunciationDictionaryParam,
)
