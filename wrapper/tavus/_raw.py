"""Raw access: `client.with_raw_response.replicas.get(...)` gives status, headers and body."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Unpack

import httpx

from ._call import Call, parse
from ._errors import redact
from ._operations import OPERATIONS
from ._request import RequestArgs

if TYPE_CHECKING:
    from ._client import AsyncTavus, Tavus

__all__ = ["AsyncRawClient", "RawClient", "RawResponse"]

T = TypeVar("T")
_METHODS: dict[str, frozenset[str]] = {}
for _resource, _method in OPERATIONS.values():
    _METHODS[_resource] = _METHODS.get(_resource, frozenset()) | {_method}


class RawResponse(Generic[T]):
    """The HTTP response of a successful call; `parse()` gives the model the call would return.

    Error statuses still raise the typed errors, as without raw access."""

    def __init__(self, response: httpx.Response, call: Call[T]) -> None:
        redact(response.request)
        self.http_response = response
        self._call = call

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
        return parse(self._call, self.http_response)

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}]>"


class _RawResource:
    """The API methods of one resource, returning RawResponse (pagination and waits are not raw)."""

    def __init__(self, resource: object, name: str) -> None:
        self._resource = resource
        self._name = name

    def __getattr__(self, method: str) -> Callable[..., Any]:
        if method not in _METHODS[self._name]:
            raise AttributeError(f"with_raw_response.{self._name} has no API method {method!r}")
        return getattr(self._resource, method)  # type: ignore[no-any-return]


class RawClient:
    """`client.with_raw_response`: the same resources; each API method returns a `RawResponse`."""

    def __init__(self, client: Tavus) -> None:
        self._client = client.with_options()
        self._client._raw = True

    def __getattr__(self, name: str) -> _RawResource:
        if name not in _METHODS:
            raise AttributeError(name)
        return _RawResource(getattr(self._client, name), name)

    def request(self, method: str, path: str, **kwargs: Unpack[RequestArgs]) -> RawResponse[Any]:
        """`Tavus.request`, returning the `RawResponse`; `.parse()` gives the JSON."""
        response: RawResponse[Any] = self._client.request(method, path, **kwargs)
        return response


class AsyncRawClient:
    """`client.with_raw_response` of `AsyncTavus`: each API method returns an awaitable `RawResponse`."""

    def __init__(self, client: AsyncTavus) -> None:
        self._client = client.with_options()
        self._client._raw = True

    def __getattr__(self, name: str) -> _RawResource:
        if name not in _METHODS:
            raise AttributeError(name)
        return _RawResource(getattr(self._client, name), name)

    async def request(self, method: str, path: str, **kwargs: Unpack[RequestArgs]) -> RawResponse[Any]:
        """`AsyncTavus.request`, returning the `RawResponse`; `.parse()` gives the JSON."""
        response: RawResponse[Any] = await self._client.request(method, path, **kwargs)
        return response
