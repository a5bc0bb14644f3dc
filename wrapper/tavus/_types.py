"""Callable types of the two flavours, named so that `tools/unasync.py` turns one into the other.

unasync cannot rewrite `Awaitable[X]` into `X`; the async code spells these names instead, and
unasync's renaming (`AsyncSleep` -> `Sleep`) gives the sync code its own.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

__all__ = ["AsyncFetch", "AsyncFetchPage", "Fetch", "FetchPage"]

T = TypeVar("T")

Fetch = Callable[[], T]
AsyncFetch = Callable[[], Awaitable[T]]
# (page number, items seen before it or None) -> the page
FetchPage = Callable[[int, int | None], Any]
AsyncFetchPage = Callable[[int, int | None], Awaitable[Any]]
