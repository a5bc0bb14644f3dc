from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_crawl(value: Any) -> Any:
    return parse_model(CreateDocumentBodyCrawl, value)


class CreateDocumentBody(Model):
    document_url: str
    """ Direct URL to a file or a website for your [Knowledge Base](/sections/conversational-video-
    interface/knowledge-base). Submitting this URL starts processing **asynchronously**; the document can be used in
    conversations once processing completes, which may take **a few minutes** depending on file size.

    <Note>
    For now, our Knowledge Base only supports documents written in English and works best for conversations in
    English. We will be expanding our Knowledge Base language support soon.
    </Note>

    Maximum file size **50MB**. Supported file formats: `.pdf`, `.txt`, `.docx`, `.doc`, `.png`, `.jpg`, `.pptx`,
    `.csv`, and `.xlsx`. Website URLs are supported: a snapshot of the page is processed into document content; use
    the `crawl` object for multi-page crawling from a starting URL.
     """
    document_name: str | None
    """ Optional name for the document. If not provided, a default name will be generated. """
    callback_url: str | None
    """ Optional URL that receives status updates while the document processes asynchronously (e.g. started,
    processing, ready, error). """
    tags: list[str] | None
    """ Optional tags to categorize the document for management and for use with document-based access in
    conversations. After the document is ready, attach it via `document_ids` on [Create Persona](/api-
    reference/personas/create-persona) or [Create Conversation](/api-reference/conversations/create-conversation).
     """
    crawl: CreateDocumentBodyCrawl | None
    """ Optional configuration for website crawling. When provided with a website URL, the system follows links from
    the starting URL and processes multiple pages into a single document. Without this parameter, only the single
    page at the URL is scraped.

    **Rate limits:** at most **100** crawl documents per user, at most **5** concurrent crawls at any time, and a
    **1-hour cooldown** between recrawls of the same document.

    To fetch fresh content after a crawled document exists, use [Recrawl Document](/api-reference/documents/recrawl-
    document).
     """

    _FIELDS = {
        "document_url": ("document_url", None),
        "document_name": ("document_name", None),
        "callback_url": ("callback_url", None),
        "tags": ("tags", None),
        "crawl": ("crawl", _parse_crawl),
    }
    _REQUIRED = ("document_url",)

    def __init__(
        self,
        *,
        document_url: str,
        document_name: str | None = None,
        callback_url: str | None = None,
        tags: list[str] | None = None,
        crawl: CreateDocumentBodyCrawl | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "document_url": document_url,
            "document_name": document_name,
            "callback_url": callback_url,
            "tags": tags,
            "crawl": crawl,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateDocumentBodyParam = TypedDict(
    "CreateDocumentBodyParam",
    {
        "document_url": Required["str"],
        "document_name": "str",
        "callback_url": "str",
        "tags": "list[str]",
        "crawl": "CreateDocumentBodyCrawlParam",
    },
    total=False,
)


from ..models.create_document_body_crawl import (
    CreateDocumentBodyCrawl,
    CreateDocumentBodyCrawlParam,
)
