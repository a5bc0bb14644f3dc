from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class CreateDocumentBodyCrawl(Model):
    """Optional configuration for website crawling. When provided with a website URL, the system follows links from the
    starting URL and processes multiple pages into a single document. Without this parameter, only the single page at
    the URL is scraped.

    **Rate limits:** at most **100** crawl documents per user, at most **5** concurrent crawls at any time, and a
    **1-hour cooldown** between recrawls of the same document.

    To fetch fresh content after a crawled document exists, use [Recrawl Document](/api-reference/documents/recrawl-
    document).

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
CreateDocumentBodyCrawlParam = TypedDict(
    "CreateDocumentBodyCrawlParam",
    {
        "depth": "int",
        "max_pages": "int",
    },
    total=False,
)
