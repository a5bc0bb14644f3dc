from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_crawl_config(value: Any) -> Any:
    return parse_model(DocumentCrawlConfig, value)


class Document(Model):
    document_id: str
    """ Unique identifier for the document """
    document_name: str | None
    """ Name of the document """
    document_url: str | None
    """ URL of the document """
    status: str | None
    """ Current status of the document processing. Possible values: `started`, `processing`, `ready`, `error`,
    `recrawling`. """
    progress: int | None
    """ Processing progress as a percentage (0-100). Null when processing has not started or is complete. """
    error_message: str | None
    """ Error code indicating why processing failed. Only present when status is `error`. Possible values include:
    `file_download_failed`, `file_format_unsupported`, `file_size_too_large`, `file_empty`, `invalid_file_url`,
    `document_processing_failed`, `website_processing_failed`, `chunking_failed`, `embedding_failed`,
    `vector_store_failed`, `contact_support`. """
    created_at: str | None
    """ ISO 8601 timestamp of when the document was created """
    updated_at: str | None
    """ ISO 8601 timestamp of when the document was last updated """
    callback_url: str | None
    """ URL that receives status updates """
    tags: list[str] | None
    """ Array of document tags """
    crawl_config: DocumentCrawlConfig | None
    """ The crawl configuration used for this document (only present for crawled websites) """
    crawled_urls: list[str] | None
    """ List of URLs that were crawled (only present for crawled websites after processing completes) """
    last_crawled_at: str | None
    """ ISO 8601 timestamp of when the document was last crawled """
    crawl_count: int | None
    """ Number of times the document has been crawled """

    _FIELDS = {
        "document_id": ("document_id", None),
        "document_name": ("document_name", None),
        "document_url": ("document_url", None),
        "status": ("status", None),
        "progress": ("progress", None),
        "error_message": ("error_message", None),
        "created_at": ("created_at", None),
        "updated_at": ("updated_at", None),
        "callback_url": ("callback_url", None),
        "tags": ("tags", None),
        "crawl_config": ("crawl_config", _parse_crawl_config),
        "crawled_urls": ("crawled_urls", None),
        "last_crawled_at": ("last_crawled_at", None),
        "crawl_count": ("crawl_count", None),
    }
    _REQUIRED = ("document_id",)

    def __init__(
        self,
        *,
        document_id: str,
        document_name: str | None = None,
        document_url: str | None = None,
        status: str | None = None,
        progress: int | None = None,
        error_message: str | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        callback_url: str | None = None,
        tags: list[str] | None = None,
        crawl_config: DocumentCrawlConfig | None = None,
        crawled_urls: list[str] | None = None,
        last_crawled_at: str | None = None,
        crawl_count: int | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "document_id": document_id,
            "document_name": document_name,
            "document_url": document_url,
            "status": status,
            "progress": progress,
            "error_message": error_message,
            "created_at": created_at,
            "updated_at": updated_at,
            "callback_url": callback_url,
            "tags": tags,
            "crawl_config": crawl_config,
            "crawled_urls": crawled_urls,
            "last_crawled_at": last_crawled_at,
            "crawl_count": crawl_count,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
DocumentParam = TypedDict(
    "DocumentParam",
    {
        "document_id": Required["str"],
        "document_name": "str",
        "document_url": "str",
        "status": "str",
        "progress": "int",
        "error_message": "str",
        "created_at": "str",
        "updated_at": "str",
        "callback_url": "str",
        "tags": "list[str]",
        "crawl_config": "DocumentCrawlConfigParam",
        "crawled_urls": "list[str]",
        "last_crawled_at": "str",
        "crawl_count": "int",
    },
    total=False,
)


from ..models.document_crawl_config import (
    DocumentCrawlConfig,
    DocumentCrawlConfigParam,
)
