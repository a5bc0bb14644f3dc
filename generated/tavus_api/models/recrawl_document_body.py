from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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


from ..models.recrawl_document_body_crawl import RecrawlDocumentBodyCrawl
