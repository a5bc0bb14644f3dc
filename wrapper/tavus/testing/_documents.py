"""Knowledge-base documents: create, list (0-based pages, sort, filters), get, patch, delete, recrawl.

Missing documents are 404 `{"message": "Document not found"}`. The documented limits are enforced
(`fake.settings`): at most `max_crawl_documents` crawl documents (429), at most
`max_concurrent_crawls` crawls in flight (429), a `recrawl_cooldown_seconds` cooldown between
recrawls of one document (429; the first recrawl may follow the initial crawl at once), and a
recrawl only from `ready` or `error` (409). `progress` is a percentage while processing (null
otherwise). The prose rules of the bodies are the SDK's (`tavus._rules`: an absolute http(s)
`document_url`, crawl `depth` 1-10 and `max_pages` 1-100).
"""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import urlsplit

from ._errors import ApiError, invalid
from ._handler import Call, Registry, Reply
from ._lifecycle import start_document_job
from ._pagination import listing
from ._render import document_view
from ._store import Document, State, delete, live
from ._validation import prose_rules

HANDLERS = Registry()
CRAWLING = ("started", "processing", "recrawling")


def default_name(url: str) -> str:
    parts = urlsplit(url)
    tail = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return tail or parts.hostname or "Document"


def check_crawl_limits(state: State) -> None:
    crawl_documents = [d for d in state.documents.values() if not d.deleted and d.crawl_config is not None]
    if sum(d.status in CRAWLING for d in crawl_documents) >= state.settings.max_concurrent_crawls:
        limit = state.settings.max_concurrent_crawls
        raise ApiError(429, f"Concurrent crawl limit reached ({limit}). Wait for a crawl to finish.")


def found(state: State, document_id: str) -> Document:
    document = live(state.documents, document_id)
    if document is None:
        raise ApiError(404, "Document not found")
    return document


@HANDLERS.op("createDocument")
def create_document(state: State, call: Call) -> Reply:
    body: dict[str, Any] = call.body
    prose_rules("create_document", body)
    if "crawl" in body:
        crawl_documents = sum(1 for d in state.documents.values() if not d.deleted and d.crawl_config is not None)
        if crawl_documents >= state.settings.max_crawl_documents:
            limit = state.settings.max_crawl_documents
            raise ApiError(
                429, f"Crawl document limit reached ({limit}). Contact support@tavus.io to increase your limit."
            )
        check_crawl_limits(state)
    now = state.now()
    document = Document(
        document_id=state.ids.new("document", state.documents),
        document_name=body.get("document_name") or default_name(body["document_url"]),
        document_url=body["document_url"],
        callback_url=body.get("callback_url"),
        tags=list(body.get("tags", [])),
        crawl_config=dict(body["crawl"]) if "crawl" in body else None,
        status="started",
        created_at=now,
        updated_at=now,
    )
    state.documents[document.document_id] = document
    start_document_job(state, document, now, recrawl=False)
    return Reply(200, document_view(document, now))


@HANDLERS.op("listDocuments")
def list_documents(state: State, call: Call) -> Reply:
    query = call.query
    documents = [d for d in state.documents.values() if not d.deleted]
    if query.get("sort") == "descending":
        documents.reverse()
    if "status" in query:
        documents = [d for d in documents if d.status == query["status"]]
    if "name_or_uuid" in query:
        needle = query["name_or_uuid"].lower()
        documents = [d for d in documents if needle in d.document_name.lower() or needle == d.document_id.lower()]
    if "tags" in query:
        tags = {tag.strip() for tag in query["tags"].split(",") if tag.strip()}
        documents = [d for d in documents if tags & set(d.tags)]
    now = state.now()
    return Reply(200, listing(documents, state, call, lambda d: document_view(d, now), numbered=True))


@HANDLERS.op("getDocument")
def get_document(state: State, call: Call) -> Reply:
    return Reply(200, document_view(found(state, call.path["document_id"]), state.now()))


@HANDLERS.op("patchDocument")
def patch_document(state: State, call: Call) -> Reply:
    document = found(state, call.path["document_id"])
    body: dict[str, Any] = call.body
    if "document_name" in body:
        document.document_name = body["document_name"]
    if "tags" in body:
        document.tags = list(body["tags"])
    if body:
        document.updated_at = state.now()
    return Reply(200, document_view(document, state.now()))


@HANDLERS.op("deleteDocument")
def delete_document(state: State, call: Call) -> Reply:
    document = found(state, call.path["document_id"])
    delete(state.documents, document.document_id, hard=False)
    return Reply(204)


@HANDLERS.op("recrawlDocument")
def recrawl_document(state: State, call: Call) -> Reply:
    document = found(state, call.path["document_id"])
    body: dict[str, Any] = call.body or {}
    prose_rules("recrawl_document", body)
    if document.crawl_config is None and "crawl" not in body:
        raise invalid("crawl", "Document was not created with crawl configuration")
    if document.status not in ("ready", "error"):
        raise ApiError(
            409, f"Document must be in 'ready' or 'error' state to recrawl, current status: {document.status}"
        )
    now = state.now()
    if document.recrawled_at is not None:
        wait = document.recrawled_at + state.settings.recrawl_cooldown_seconds - now
        if wait > 0:
            minutes = math.ceil(wait / 60)
            raise ApiError(429, f"Recrawl cooldown: please wait {minutes} minutes before recrawling this document.")
    check_crawl_limits(state)
    if "crawl" in body:
        document.crawl_config = {**(document.crawl_config or {}), **body["crawl"]}
    document.crawl_count = document.crawl_count or 0
    document.recrawled_at = now
    start_document_job(state, document, now, recrawl=True)
    return Reply(202, document_view(document, now))
