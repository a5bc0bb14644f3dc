"""Pages of list endpoints, and lazy iteration over all their items.

The list endpoints take `limit`/`page` and answer `{"data": [...], "total_count": N}`. Pages are
numbered as each operation's contract says (`Paging`, next to each list method): 1-based, except
List Videos, List Documents and List Pronunciation Dictionaries, which it documents as 0-based
("The page number to return (0-indexed)"). Iteration stops on an empty page, once `total_count` items
were seen, on a short page when the server sends no `total_count` (a server may cap `limit`
below what was asked, so a short page alone does not prove the end), or after `MAX_PAGES` pages
(a guard against a server that never ends). Only one page is held in memory at a time.

Iterating a page (`for x in page`, `async for x in page`) walks every item of it and of the pages
after it, fetched as the iteration goes, as openai-python's pages do; `page.data` is this page's.
`Page` and `AsyncPage` are in `_async/pagination.py` (and its derived `_sync/pagination.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._errors import TavusError

__all__ = ["MAX_PAGES", "PAGES_FROM_1", "BasePage", "Paging"]

T = TypeVar("T")
MAX_PAGES = 10_000


@dataclass(frozen=True, slots=True)
class Paging:
    """How a list operation numbers its pages, and its page size when `limit` is not given, as the
    contract documents them (None: not documented)."""

    first_page: int = 1
    default_limit: int | None = 10


PAGES_FROM_1 = Paging()


def _items(response: Any) -> list[Any]:
    data = getattr(response, "data", None)
    return data if isinstance(data, list) else []


def _total(response: Any) -> int | None:
    total = getattr(response, "total_count", None)
    if isinstance(total, bool):
        return None
    if isinstance(total, int):
        return total
    if isinstance(total, str) and total.isdigit():  # numbers sent as strings
        return int(total)
    return None


class BasePage(Generic[T]):
    """One page: `data`, `total_count`, the raw generated model in `response`, and where it is.

    `limit` is the page size: the one asked for, else the operation's documented default, else None
    (unknown). `seen_before` counts the items of the pages before this one, None when unknown
    (a `page=` given without a known page size)."""

    def __init__(
        self, response: Any, *, page: int, limit: int | None, first_page: int, seen_before: int | None
    ) -> None:
        self.response = response
        self.data: list[T] = _items(response)
        self.total_count: int | None = _total(response)
        self.page = page
        self.limit = limit
        self._first_page = first_page
        self._seen_before = seen_before

    def has_next_page(self) -> bool:
        """Whether another page may hold items (see the module docstring for the stop rules)."""
        if not self.data:
            return False
        if self.total_count is not None and self._seen_before is not None:
            if self._seen_before + len(self.data) >= self.total_count:
                return False
        elif self.limit is not None and len(self.data) < self.limit:
            return False
        return self.page - self._first_page + 1 < MAX_PAGES

    def _next_position(self) -> tuple[int, int | None]:
        if not self.has_next_page():
            raise TavusError("there is no next page; check has_next_page() first")
        seen = None if self._seen_before is None else self._seen_before + len(self.data)
        return self.page + 1, seen

    def __repr__(self) -> str:
        return f"{type(self).__name__}(page={self.page}, items={len(self.data)}, total_count={self.total_count})"
