"""Pages of list endpoints, and lazy iteration over all their items.

The list endpoints take `limit`/`page` and answer `{"data": [...], "total_count": N}`. Pages are
1-based, except List Documents, which the spec documents as 0-based ("Page number for
pagination (0-based, default: 0)"). Iteration stops on an empty page, once `total_count` items
were seen, on a short page when the server sends no `total_count` (a server may cap `limit`
below what was asked, so a short page alone does not prove the end), or after `MAX_PAGES` pages
(a guard against a server that never ends). Only one page is held in memory at a time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

from ._errors import TavusError

__all__ = ["MAX_PAGES", "AsyncPage", "Page"]

T = TypeVar("T")
MAX_PAGES = 10_000


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


class _PageBase(Generic[T]):
    """One page: `data`, `total_count`, the raw generated model in `response`, and where it is."""

    def __init__(self, response: Any, *, page: int, limit: int | None, first_page: int, seen_before: int) -> None:
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
        seen = self._seen_before + len(self.data)
        if self.total_count is not None:
            if seen >= self.total_count:
                return False
        elif self.limit is not None and len(self.data) < self.limit:
            return False
        return self.page - self._first_page + 1 < MAX_PAGES

    def _next_position(self) -> tuple[int, int]:
        if not self.has_next_page():
            raise TavusError("there is no next page; check has_next_page() first")
        return self.page + 1, self._seen_before + len(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(page={self.page}, items={len(self.data)}, total_count={self.total_count})"


class Page(_PageBase[T]):
    """A page of a sync list call; iterate it for its items, or `next_page()` to move on."""

    def __init__(self, response: Any, fetch: Callable[[int, int], Page[T]], **kwargs: Any) -> None:
        super().__init__(response, **kwargs)
        self._fetch = fetch

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def next_page(self) -> Page[T]:
        page, seen = self._next_position()
        return self._fetch(page, seen)

    def iter_all(self) -> Iterator[T]:
        """Every item of this page and the ones after it, one page in memory at a time."""
        current: Page[T] = self
        while True:
            yield from current.data
            if not current.has_next_page():
                return
            current = current.next_page()


class AsyncPage(_PageBase[T]):
    """A page of an async list call; `async for` over `iter_all()` walks every page."""

    def __init__(self, response: Any, fetch: Callable[[int, int], Awaitable[AsyncPage[T]]], **kwargs: Any) -> None:
        super().__init__(response, **kwargs)
        self._fetch = fetch

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    async def next_page(self) -> AsyncPage[T]:
        page, seen = self._next_position()
        return await self._fetch(page, seen)

    async def iter_all(self) -> AsyncIterator[T]:
        current: AsyncPage[T] = self
        while True:
            for item in current.data:
                yield item
            if not current.has_next_page():
                return
            current = await current.next_page()
