# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.
"""`client.documents`: the knowledge base (files and crawled websites) personas can draw on."""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from functools import cached_property
from typing import Any, Unpack

from tavus_api.api.documents import (
    create_document,
    delete_document,
    get_document,
    list_documents,
    patch_document,
    recrawl_document,
)
from tavus_api.models.document import Document
from tavus_api.models.list_documents_response_200 import ListDocumentsResponse200

from ..._call import RequestOptions
from ..._pagination import Paging
from ..._raw import to_raw
from ..._validation import check_id
from ..._wait import DOCUMENT, Progress
from ..pagination import Page
from ..waiting import poll
from ._base import APIResource

__all__ = ["Documents", "DocumentsWithRawResponse"]

# page: "Page number for pagination (0-based, default: 0)"; limit: "(default: 10)".
PAGING = Paging(first_page=0, default_limit=10)


class Documents(APIResource):
    """Documents: the knowledge base personas can draw on."""

    @cached_property
    def with_raw_response(self) -> DocumentsWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return DocumentsWithRawResponse(self)

    def create(
        self,
        *,
        document_url: str,
        document_name: str | None = None,
        callback_url: str | None = None,
        tags: builtins.list[str] | None = None,
        crawl: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Document:
        """Create Document: add a file (PDF, text, ...) or a website (`crawl` = depth 1-10,
        max_pages 1-100) to the knowledge base. `document_url` must be an absolute http(s) URL that
        Tavus can download. Processing runs in the background: see `wait()`."""
        return self._call(create_document, Document, locals())

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        sort: str | None = None,
        status: str | None = None,
        name_or_uuid: str | None = None,
        tags: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Document]:
        """List Documents: one page (0-based `page`, as the contract documents it), with
        `total_count`; iterating the page walks every page."""
        return self._page(list_documents, ListDocumentsResponse200, locals(), PAGING)

    def iter(
        self,
        *,
        limit: int | None = None,
        sort: str | None = None,
        status: str | None = None,
        name_or_uuid: str | None = None,
        tags: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Document]:
        """Every document, fetched page by page as the iteration goes."""
        return self._iter(list_documents, ListDocumentsResponse200, locals(), PAGING)

    def get(self, document_id: str, **options: Unpack[RequestOptions]) -> Document:
        """Get Document: its status, progress and, for websites, the crawled pages."""
        return self._call(get_document, Document, locals())

    def update(
        self,
        document_id: str,
        *,
        document_name: str | None = None,
        tags: builtins.list[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Document:
        """Update Document: its name and tags."""
        return self._call(patch_document, Document, locals())

    def delete(self, document_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Document."""
        return self._call(delete_document, None, locals())

    def recrawl(
        self, document_id: str, *, crawl: dict[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> Document:
        """Recrawl Document: fetch a website document again, optionally with other crawl settings."""
        return self._call(recrawl_document, Document, locals())

    def wait(
        self,
        document_id: str,
        *,
        timeout: float = 1800,
        poll_interval: float = 2.0,
        max_poll_interval: float = 30.0,
        on_progress: Progress[Document] | None = None,
    ) -> Document:
        """Poll until processing ends: the document when ready, `DocumentProcessingError` on error,
        `WaitTimeoutError` (with the last state) when `timeout` seconds run out."""
        check_id("document_id", document_id)
        return poll(
            DOCUMENT, lambda: self.get(document_id), self._client,
            timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval, on_progress=on_progress,
        )  # fmt: skip


class DocumentsWithRawResponse:
    """`client.documents.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, documents: Documents) -> None:
        self.create = to_raw(documents.create)
        self.list = to_raw(documents.list)
        self.get = to_raw(documents.get)
        self.update = to_raw(documents.update)
        self.delete = to_raw(documents.delete)
        self.recrawl = to_raw(documents.recrawl)
