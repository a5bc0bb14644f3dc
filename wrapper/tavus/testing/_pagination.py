"""`limit`/`page` pagination as the contract describes it for each list operation.

Page numbering, from the parameter descriptions in openapi.json: listVideos ("The page number to
return (0-indexed). Default is 0"), listDocuments ("0-based, default: 0") and
listPronunciationDictionaries ("Zero-based page number") are 0-based; every other list says
"Default is 1" or "1-based" (or says nothing: listReplicas) and is 1-based. The page size defaults
to `settings.default_page_size`, 10 as documented (listReplicas documents none). Bounds that a
parameter's schema declares (getVoices, listPronunciationDictionaries: `limit` 1-100) are request
validation (400) before the handler runs. Of the rest, only listDocuments documents a 400 for bad
values; the others clamp them to the defaults instead of answering with a status the contract
does not list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ._errors import invalid
from ._handler import Call
from ._store import State

T = TypeVar("T")

ZERO_BASED = frozenset({"listVideos", "listDocuments", "listPronunciationDictionaries"})
STRICT = frozenset({"listDocuments"})  # documents a 400 for a bad page or limit


def first_page(operation_id: str) -> int:
    return 0 if operation_id in ZERO_BASED else 1


def paginate(items: Sequence[T], state: State, call: Call, first: int | None = None) -> tuple[list[T], int, int]:
    """(the requested page of `items`, page number, limit) for the list operation of `call`; `first`
    overrides its first page number (List Guardrails: 0-based with legacy=false)."""
    operation_id = call.operation.operation_id
    first, strict = first_page(operation_id) if first is None else first, operation_id in STRICT
    default_limit = state.settings.default_page_size
    limit: int = call.query.get("limit", default_limit)
    page: int = call.query.get("page", first)
    if limit < 1:
        if strict:
            raise invalid("limit", "must be a positive integer")
        limit = default_limit
    if page < first:
        if strict:
            raise invalid("page", f"must be >= {first}")
        page = first
    start = (page - first) * limit
    return list(items[start : start + limit]), page, limit


def listing(
    items: Sequence[T],
    state: State,
    call: Call,
    render: Callable[[T], Any],
    *,
    numbered: bool = False,
    first: int | None = None,
) -> dict[str, Any]:
    """The list body `{"data", "total_count"}` (plus `page`, `limit` where the contract has them)."""
    page, number, limit = paginate(items, state, call, first)
    body: dict[str, Any] = {"data": [render(item) for item in page], "total_count": len(items)}
    if numbered:
        body.update(page=number, limit=limit)
    return body
