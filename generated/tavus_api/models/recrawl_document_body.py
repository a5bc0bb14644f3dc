from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_crawl(value: Any) -> Any:
    return parse_model(RecrawlDocumentBodyCrawl, value)


class RecrawlDocumentBody(Model):
    crawl: RecrawlDocumentBodyCrawl | None
    """ Optional `depth` and `max_pages` for **this recrawl only**; overrides stored crawl settings from document
    creation when provided. If omitted, the original crawl configuration is used.

    **What runs:** the same starting URL as the original crawl, links followed within these limits, fresh page
    content processed, existing vectors replaced when processing completes, and `crawl_count` / `last_crawled_at`
    updated (see the `202` payload and Get Document while status is `recrawling`).
     """

    _FIELDS = {
        "crawl": ("crawl", _parse_crawl),
    }

    def __init__(
        self,
        *,
        crawl: RecrawlDocumentBodyCrawl | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "crawl": crawl,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
RecrawlDocumentBodyParam = TypedDict(
    "RecrawlDocumentBodyParam",
    {
        "crawl": "RecrawlDocumentBodyCrawlParam",
    },
    total=False,
)


from ..models.recrawl_document_body_crawl import (
    RecrawlDocumentBodyCrawl,
    RecrawlDocumentBodyCrawlParam,
)
