"""`AsyncPage`: one page of a list call; iterating it walks every page (see `tavus._pagination`)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, TypeVar

from .._pagination import BasePage
from .._types import AsyncFetchPage

__all__ = ["AsyncPage"]

T = TypeVar("T")


class AsyncPage(BasePage[T]):
    """A page of a list call: `data` (this page), `total_count`, `has_next_page()`, `next_page()`.

    Iterating it yields every item of this page and of the pages after it, fetched as the
    iteration goes.
    """

    def __init__(self, response: Any, fetch: AsyncFetchPage, **kwargs: Any) -> None:
        super().__init__(response, **kwargs)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[T]:
        """The page after this one (check `has_next_page()` first)."""
        page, seen = self._next_position()
        result: AsyncPage[T] = await self._fetch(page, seen)
        return result

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every page after it, fetched one at a time."""
        current: AsyncPage[T] = self
        while True:
            yield current
            if not current.has_next_page():
                return
            current = await current.next_page()

    async def iter_all(self) -> AsyncIterator[T]:
        """Every item of this page and of the pages after it (the same as iterating the page)."""
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self.iter_all()
