# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.
"""`Page`: one page of a list call; iterating it walks every page (see `tavus._pagination`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

from .._pagination import BasePage
from .._types import FetchPage

__all__ = ["Page"]

T = TypeVar("T")


class Page(BasePage[T]):
    """A page of a list call: `data` (this page), `total_count`, `has_next_page()`, `next_page()`.

    Iterating it yields every item of this page and of the pages after it, fetched as the
    iteration goes.
    """

    def __init__(self, response: Any, fetch: FetchPage, **kwargs: Any) -> None:
        super().__init__(response, **kwargs)
        self._fetch = fetch

    def next_page(self) -> Page[T]:
        """The page after this one (check `has_next_page()` first)."""
        page, seen = self._next_position()
        result: Page[T] = self._fetch(page, seen)
        return result

    def iter_pages(self) -> Iterator[Page[T]]:
        """This page and every page after it, fetched one at a time."""
        current: Page[T] = self
        while True:
            yield current
            if not current.has_next_page():
                return
            current = current.next_page()

    def iter_all(self) -> Iterator[T]:
        """Every item of this page and of the pages after it (the same as iterating the page)."""
        for page in self.iter_pages():
            yield from page.data

    def __iter__(self) -> Iterator[T]:
        return self.iter_all()
