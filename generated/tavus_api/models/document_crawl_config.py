from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
