from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class RecrawlDocumentBodyCrawl(Model):
    """Optional `depth` and `max_pages` for **this recrawl only**; overrides stored crawl settings from document creation
    when provided. If omitted, the original crawl configuration is used.

    **What runs:** the same starting URL as the original crawl, links followed within these limits, fresh page content
    processed, existing vectors replaced when processing completes, and `crawl_count` / `last_crawled_at` updated (see
    the `202` payload and Get Document while status is `recrawling`).

    """

    depth: int | None
    """ How many levels deep to follow links from the starting URL (1-10). A depth of 1 means only pages directly
    linked from the starting URL. """
    max_pages: int | None
    """ Maximum number of pages to crawl (1-100). Processing stops once this limit is reached. """

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
RecrawlDocumentBodyCrawlParam = TypedDict(
    "RecrawlDocumentBodyCrawlParam",
    {
        "depth": "int",
        "max_pages": "int",
    },
    total=False,
)
