"""`client.documents`: the knowledge base (files and crawled websites) personas can draw on."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Unpack

from tavus_api.api.documents import (
    create_document,
    delete_document,
    get_document,
    list_documents,
    patch_document,
    recrawl_document,
)
from tavus_api.models.create_document_body import CreateDocumentBody
from tavus_api.models.create_document_response_200 import CreateDocumentResponse200
from tavus_api.models.get_document_response_200 import GetDocumentResponse200
from tavus_api.models.list_documents_response_200 import ListDocumentsResponse200
from tavus_api.models.list_documents_response_200_data_type_0_item import ListDocumentsResponse200DataType0Item
from tavus_api.models.patch_document_body import PatchDocumentBody
from tavus_api.models.patch_document_response_200 import PatchDocumentResponse200
from tavus_api.models.recrawl_document_body import RecrawlDocumentBody
from tavus_api.models.recrawl_document_response_202 import RecrawlDocumentResponse202

from .._call import Call, RequestOptions, prepare
from .._errors import TavusValidationError
from .._pagination import AsyncPage, Page
from .._validation import check_id, check_int
from .._wait import DOCUMENT, JobState, async_wait, wait
from ._base import (
    DICT,
    STR,
    STR_LIST,
    URL,
    AsyncResource,
    SyncResource,
    body_model,
    check_fields,
    choice,
    given,
    lister,
    required,
)

Document = GetDocumentResponse200
DocumentItem = ListDocumentsResponse200DataType0Item
FIRST_PAGE = 0  # List Documents is 0-based: "Page number for pagination (0-based, default: 0)"

_CREATE_FIELDS = {"document_url": URL, "document_name": STR, "callback_url": URL, "tags": STR_LIST, "crawl": DICT}
_LIST_FIELDS = {"sort": choice("ascending", "descending"), "status": STR, "name_or_uuid": STR, "tags": STR}


def _check_crawl(crawl: dict[str, Any]) -> None:
    if "depth" in crawl and check_int("crawl.depth", crawl["depth"], minimum=1) > 10:
        raise TavusValidationError("crawl.depth", "must be between 1 and 10")
    if "max_pages" in crawl and check_int("crawl.max_pages", crawl["max_pages"], minimum=1) > 100:
        raise TavusValidationError("crawl.max_pages", "must be between 1 and 100")


def _create(fields: dict[str, Any]) -> Call[CreateDocumentResponse200]:
    required(fields, "document_url")
    check_fields(fields, _CREATE_FIELDS)
    _check_crawl(fields.get("crawl", {}))
    return prepare(create_document, CreateDocumentResponse200, body=body_model(CreateDocumentBody, fields))


def _list(fields: dict[str, Any]) -> Callable[[int], Call[ListDocumentsResponse200]]:
    return lister(list_documents, ListDocumentsResponse200, fields, _LIST_FIELDS)


def _update(document_id: str, fields: dict[str, Any]) -> Call[PatchDocumentResponse200]:
    check_fields(fields, {"document_name": STR, "tags": STR_LIST})
    if not fields:
        raise TavusValidationError("document_name/tags", "give at least one field to update")
    body = body_model(PatchDocumentBody, fields)
    return prepare(patch_document, PatchDocumentResponse200, check_id("document_id", document_id), body=body)


def _recrawl(document_id: str, crawl: dict[str, Any] | None) -> Call[RecrawlDocumentResponse202]:
    fields = given({"crawl": crawl})
    check_fields(fields, {"crawl": DICT})
    _check_crawl(fields.get("crawl", {}))
    body = body_model(RecrawlDocumentBody, fields)
    return prepare(recrawl_document, RecrawlDocumentResponse202, check_id("document_id", document_id), body=body)


_CREATE_DOC = """Create Document: add a file (PDF, text, ...) or a website (`crawl` = depth 1-10,
max_pages 1-100) to the knowledge base. `document_url` is required and must be an absolute
http(s) URL that Tavus can download. Processing runs in the background: see `wait()`."""
_WAIT_DOC = """Poll until processing ends: the document when ready, `DocumentProcessingError` on error,
`WaitTimeoutError` (with the last state) when `timeout` seconds run out."""


class Documents(SyncResource):
    """Documents: the knowledge base personas can draw on."""

    def create(
        self,
        *,
        document_url: str | None = None,
        document_name: str | None = None,
        callback_url: str | None = None,
        tags: builtins.list[str] | None = None,
        crawl: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateDocumentResponse200:
        return self._client._send(_create(given(locals())), options)

    create.__doc__ = _CREATE_DOC

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
    ) -> Page[DocumentItem]:
        """List Documents: one page (0-based `page`, as the API documents), with `total_count`."""
        fields = given({"limit": limit, "sort": sort, "status": status, "name_or_uuid": name_or_uuid, "tags": tags})
        return self._page(_list(fields), page, limit, FIRST_PAGE, options)

    def iter(
        self,
        *,
        limit: int | None = None,
        sort: str | None = None,
        status: str | None = None,
        name_or_uuid: str | None = None,
        tags: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[DocumentItem]:
        """Every document, fetched page by page as the iteration goes."""
        fields = given({"limit": limit, "sort": sort, "status": status, "name_or_uuid": name_or_uuid, "tags": tags})
        return self._iter(_list(fields), limit, FIRST_PAGE, options)

    def get(self, document_id: str, **options: Unpack[RequestOptions]) -> Document:
        """Get Document: its status and, for websites, crawl details."""
        call = prepare(get_document, GetDocumentResponse200, check_id("document_id", document_id))
        return self._client._send(call, options)

    def update(
        self,
        document_id: str,
        *,
        document_name: str | None = None,
        tags: builtins.list[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> PatchDocumentResponse200:
        """Patch Document: rename it, or replace its tags."""
        fields = given({"document_name": document_name, "tags": tags})
        return self._client._send(_update(document_id, fields), options)

    def delete(self, document_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Document."""
        return self._client._send(prepare(delete_document, None, check_id("document_id", document_id)), options)

    def recrawl(
        self, document_id: str, *, crawl: dict[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> RecrawlDocumentResponse202:
        """Recrawl Document: fetch a website document again, optionally with other crawl settings."""
        return self._client._send(_recrawl(document_id, crawl), options)

    def wait(
        self,
        document_id: str,
        *,
        timeout: float = 1800,
        poll_interval: float = 2.0,
        max_poll_interval: float = 30.0,
        on_progress: Callable[[JobState[Document]], None] | None = None,
    ) -> Document:
        check_id("document_id", document_id)
        return wait(
            DOCUMENT, lambda: self.get(document_id), self._client,
            timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval, on_progress=on_progress,
        )  # fmt: skip

    wait.__doc__ = _WAIT_DOC


class AsyncDocuments(AsyncResource):
    """Documents: the knowledge base personas can draw on."""

    async def create(
        self,
        *,
        document_url: str | None = None,
        document_name: str | None = None,
        callback_url: str | None = None,
        tags: builtins.list[str] | None = None,
        crawl: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateDocumentResponse200:
        return await self._client._send(_create(given(locals())), options)

    create.__doc__ = _CREATE_DOC

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        sort: str | None = None,
        status: str | None = None,
        name_or_uuid: str | None = None,
        tags: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[DocumentItem]:
        """List Documents: one page (0-based `page`, as the API documents), with `total_count`."""
        fields = given({"limit": limit, "sort": sort, "status": status, "name_or_uuid": name_or_uuid, "tags": tags})
        return await self._page(_list(fields), page, limit, FIRST_PAGE, options)

    async def iter(
        self,
        *,
        limit: int | None = None,
        sort: str | None = None,
        status: str | None = None,
        name_or_uuid: str | None = None,
        tags: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[DocumentItem]:
        """Every document, fetched page by page as the iteration goes."""
        fields = given({"limit": limit, "sort": sort, "status": status, "name_or_uuid": name_or_uuid, "tags": tags})
        async for item in self._iter(_list(fields), limit, FIRST_PAGE, options):
            yield item

    async def get(self, document_id: str, **options: Unpack[RequestOptions]) -> Document:
        """Get Document: its status and, for websites, crawl details."""
        call = prepare(get_document, GetDocumentResponse200, check_id("document_id", document_id))
        return await self._client._send(call, options)

    async def update(
        self,
        document_id: str,
        *,
        document_name: str | None = None,
        tags: builtins.list[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> PatchDocumentResponse200:
        """Patch Document: rename it, or replace its tags."""
        fields = given({"document_name": document_name, "tags": tags})
        return await self._client._send(_update(document_id, fields), options)

    async def delete(self, document_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Document."""
        call = prepare(delete_document, None, check_id("document_id", document_id))
        return await self._client._send(call, options)

    async def recrawl(
        self, document_id: str, *, crawl: dict[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> RecrawlDocumentResponse202:
        """Recrawl Document: fetch a website document again, optionally with other crawl settings."""
        return await self._client._send(_recrawl(document_id, crawl), options)

    async def wait(
        self,
        document_id: str,
        *,
        timeout: float = 1800,
        poll_interval: float = 2.0,
        max_poll_interval: float = 30.0,
        on_progress: Callable[[JobState[Document]], None] | None = None,
    ) -> Document:
        check_id("document_id", document_id)
        return await async_wait(
            DOCUMENT, lambda: self.get(document_id), self._client,
            timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval, on_progress=on_progress,
        )  # fmt: skip

    wait.__doc__ = _WAIT_DOC


__all__ = ["AsyncDocuments", "Documents"]
