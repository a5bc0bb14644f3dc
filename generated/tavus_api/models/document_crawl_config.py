from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class DocumentCrawlConfig(Model):
    """The crawl configuration used for this document (only present for crawled websites)"""

    depth: int | None
    """ Crawl depth setting """
    max_pages: int | None
    """ Maximum pages setting """

    _FIELDS = {
        "depth": ("depth", None),
        "max_pages": ("max_pages", None),
    }

    def __init__(
        self,
        *,
        depth: int | None = None,
        max_pages: int | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "depth": depth,
            "max_pages": max_pages,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
DocumentCrawlConfigParam = TypedDict(
    "DocumentCrawlConfigParam",
    {
        "depth": "int",
        "max_pages": "int",
    },
    total=False,
)
