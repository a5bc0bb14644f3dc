"""`limit`/`page` pagination as the spec describes it per list operation.

Page numbering, from the parameter descriptions in openapi.json: listDocuments is 0-based
("Page number for pagination (0-based, default: 0)"); every other list says "Default is 1" (or says
nothing: listReplicas) and is 1-based. The default page size is 10 everywhere it is documented.
Only listDocuments documents a 400 for bad values; the others clamp them to the defaults instead
of answering with a status the spec does not list.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from ._errors import invalid

T = TypeVar("T")


def paginate(
    items: Sequence[T], query: dict[str, Any], *, default_limit: int, first_page: int, strict: bool
) -> tuple[list[T], int, int]:
    """(the requested page of `items`, page number, limit)."""
    limit: int = query.get("limit", default_limit)
    page: int = query.get("page", first_page)
    if limit < 1:
        if strict:
            raise invalid("limit", "must be a positive integer")
        limit = default_limit
    if page < first_page:
        if strict:
            raise invalid("page", f"must be >= {first_page}")
        page = first_page
    start = (page - first_page) * limit
    return list(items[start : start + limit]), page, limit
