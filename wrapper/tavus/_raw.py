"""Raw access: `client.replicas.with_raw_response.get(...)` gives the status, headers and body.

A raw method is the typed method run with the `RAW` flag set (`to_raw`): the
client's `_send` then returns a `RawResponse` whose `parse()` gives what the method would have
returned, typed as it. Error statuses still raise the typed errors.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

from ._errors import redact

__all__ = ["RAW", "RawResponse", "async_to_raw", "to_raw"]

T = TypeVar("T")
P = ParamSpec("P")
RAW: ContextVar[bool] = ContextVar("tavus_raw_response", default=False)


class RawResponse(Generic[T]):
    """The HTTP response of a successful call; `parse()` gives the value the call returns."""

    def __init__(self, response: httpx.Response, parse: Callable[[], T]) -> None:
        redact(response.request)
        self.http_response = response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        """The model (or page, or None) the method returns, parsed from this response."""
        return self._parse()

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}]>"


# The one sync/async pair written by hand: unasync cannot turn `Awaitable[T]` into `T`.
def to_raw(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """`method`, returning the `RawResponse` instead of its value (same arguments, same checks)."""

    @functools.wraps(method)
    def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = RAW.set(True)
        try:
            return method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            RAW.reset(token)

    return raw


def async_to_raw(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The async `to_raw`."""

    @functools.wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = RAW.set(True)
        try:
            return await method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            RAW.reset(token)

    return raw
