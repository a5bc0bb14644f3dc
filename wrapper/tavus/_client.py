"""`Tavus` and `AsyncTavus`: configuration, the shared connection pool, and sending one call.

A call goes: resource method -> `Call` (generated `_get_kwargs`) -> `_send` -> httpx client ->
`RetryTransport` -> network, then `parse` -> generated model, None, or a typed error.
Resources are imported on first use, so `import tavus` does not import the generated models.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

import httpx

from ._call import Call, RequestOptions, apply_options, check_header, parse, raw_response
from ._errors import (
    API_KEY_HEADER,
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    TavusError,
    TavusValidationError,
)
from ._logging import configure_from_env, logger
from ._request import RequestArgs, build_call
from ._retry import EXTENSION, RETRIES, AsyncRetryTransport, RetryPolicy, RetryTransport, async_sleep, request_was_sent
from ._version import __version__

if TYPE_CHECKING:
    from ._raw import AsyncRawClient, RawClient
    from ._resources.conversations import AsyncConversations, Conversations
    from ._resources.documents import AsyncDocuments, Documents
    from ._resources.guardrails import AsyncGuardrails, Guardrails
    from ._resources.objectives import AsyncObjectives, Objectives
    from ._resources.personas import AsyncPersonas, Personas
    from ._resources.replicas import AsyncReplicas, Replicas
    from ._resources.videos import AsyncVideos, Videos

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncTavus", "Tavus"]

T = TypeVar("T")

DEFAULT_BASE_URL = "https://tavusapi.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
USER_AGENT = f"tavus-sdk-python/{__version__}"
_NOT_GIVEN: Any = object()
_JSON_CONTENT_TYPE = {"Content-Type": "application/json"}


def _resolve_api_key(api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get("TAVUS_API_KEY")
    if not key:
        raise TavusError(
            "No Tavus API key: pass Tavus(api_key=...) or set the TAVUS_API_KEY environment variable. "
            "Keys are in the Tavus developer portal, under API Keys."
        )
    if not isinstance(key, str):
        raise TavusValidationError("api_key", f"must be a string, got {type(key).__name__}")
    if key != key.strip() or not key.isascii() or any(not c.isprintable() or c.isspace() for c in key):
        raise TavusValidationError("api_key", "must be printable ASCII without whitespace or control characters")
    return key


def _seconds(value: object) -> float | None:
    """A finite positive number of seconds as a float, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        seconds = float(value)
    except OverflowError:
        return None
    return seconds if math.isfinite(seconds) and seconds > 0 else None


def _resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        for name, value in timeout.as_dict().items():
            if value is not None and _seconds(value) is None:
                raise TavusValidationError(
                    f"timeout.{name}", f"must be a finite positive number or None, got {value!r}"
                )
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    seconds = _seconds(timeout)
    if seconds is None:
        raise TavusValidationError("timeout", "must be a finite positive number of seconds, an httpx.Timeout or None")
    return httpx.Timeout(seconds)


def _check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise TavusValidationError("max_retries", "must be an int >= 0")
    return max_retries


class _Shared:
    """What copies made by `with_options` share: the httpx client (the pool) and the closed flag."""

    __slots__ = ("closed", "http", "owns_http")

    def __init__(self, http: Any, owns_http: bool) -> None:
        self.http = http
        self.owns_http = owns_http
        self.closed = False


class _BaseTavus:
    """Configuration common to the sync and async clients."""

    _shared: _Shared
    _raw: bool = False
    _sleep: Callable[[float], Any]
    _wall_clock: Callable[[], float]

    def _configure(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        clock: Callable[[], float],
    ) -> None:
        configure_from_env()
        key = _resolve_api_key(api_key)
        url = base_url or os.environ.get("TAVUS_BASE_URL") or DEFAULT_BASE_URL
        if not isinstance(url, str):
            raise TavusValidationError("base_url", f"must be a string, got {type(url).__name__}")
        try:
            self.base_url = httpx.URL(url.rstrip("/"))
        except httpx.InvalidURL as exc:
            raise TavusValidationError("base_url", f"must be an absolute http(s) URL ({exc})") from None
        self._base = str(self.base_url)
        if self.base_url.scheme not in ("http", "https") or not self.base_url.host:
            raise TavusValidationError("base_url", "must be an absolute http(s) URL")
        if "?" in url or "#" in url:  # every path would land in the query or the fragment
            raise TavusValidationError("base_url", f"must not have a query or a fragment, got {url!r}")
        self.timeout = _resolve_timeout(timeout)
        self.max_retries = _check_max_retries(max_retries)
        self._clock = clock
        self._default_headers = dict(default_headers or {})
        for name, value in self._default_headers.items():
            check_header("default_headers", name, value)
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **self._default_headers}
        headers[API_KEY_HEADER] = key
        self._headers = headers

    @property
    def _api_key(self) -> str:
        return self._headers[API_KEY_HEADER]

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self.base_url)!r}, max_retries={self.max_retries}, "
            f"timeout={self.timeout!r})"
        )

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = _NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other settings that shares this client's connection pool."""
        copy = object.__new__(type(self))
        copy._configure(
            api_key if api_key is not None else self._api_key,
            base_url if base_url is not None else str(self.base_url),
            self.timeout if timeout is _NOT_GIVEN else timeout,
            self.max_retries if max_retries is None else max_retries,
            {**self._default_headers, **(default_headers or {})},
            self._clock,
        )
        copy._sleep, copy._wall_clock, copy._shared, copy._raw = self._sleep, self._wall_clock, self._shared, self._raw
        copy._policy = dataclasses.replace(self._policy, max_retries=copy.max_retries)
        copy._bind()
        return copy

    def _bind(self) -> None:
        """Merge, once, the httpx client's own headers with ours, and the per-request extensions.

        Requests are then built here and handed to `client.send()`: httpx's per-request merging of
        default headers costs ~10 µs a call, more than everything else the SDK adds."""
        headers = httpx.Headers(self._shared.http.headers)
        headers.update(self._headers)
        self._all_headers = headers
        self._extensions = {"timeout": self.timeout.as_dict(), EXTENSION: self._policy}

    def _prepare(self, call: Call[Any], options: RequestOptions) -> tuple[httpx.Request, float]:
        if self._shared.closed:
            raise ClientClosedError(f"this {type(self).__name__} was closed; create a new client")
        kwargs = apply_options(call.kwargs, options) if options else call.kwargs
        headers = self._all_headers
        extra = kwargs.get("headers")
        if extra and (extra != _JSON_CONTENT_TYPE or "json" not in kwargs):  # httpx sets it for json=
            headers = httpx.Headers(headers)
            headers.update(extra)
        extensions = self._extensions
        if "timeout" in options:
            extensions = {**extensions, "timeout": _resolve_timeout(options["timeout"]).as_dict()}
        try:
            request = httpx.Request(
                kwargs["method"],
                self._base + kwargs["url"],
                params=kwargs.get("params"),
                json=kwargs.get("json"),
                content=kwargs.get("content"),
                headers=headers,
                extensions=extensions,
            )
        except (httpx.InvalidURL, UnicodeEncodeError) as exc:  # e.g. a URL over httpx's 65,536 characters
            raise TavusValidationError("url", f"cannot be built from these arguments ({exc})") from None
        return request, time.perf_counter()

    def _connection_error(self, exc: httpx.TransportError, method: str) -> APIConnectionError:
        request = exc.request
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        what = "timed out" if cls is APITimeoutError else "failed"
        return cls(
            f"{method} {request.url.path} {what}: {type(exc).__name__}: {exc}.",
            request=request,
            may_have_been_processed=request_was_sent(exc),
        )

    def _log(self, response: httpx.Response, started: float) -> None:
        if logger.isEnabledFor(logging.INFO):
            request = response.request
            logger.info(
                "%s %s -> %d in %.1f ms (retries: %d)",
                request.method, request.url.copy_with(query=None), response.status_code,
                (time.perf_counter() - started) * 1000, response.extensions.get(RETRIES, 0),
            )  # fmt: skip

    _policy: RetryPolicy


class Tavus(_BaseTavus):
    """The Tavus API client.

    >>> client = Tavus()  # reads TAVUS_API_KEY
    >>> replica = client.replicas.create(train_video_url="https://.../train.mp4", replica_name="Rio")

    `timeout` is per attempt (seconds or an `httpx.Timeout`); `max_retries` follows the retry table
    in the README. Pass `http_client` to use your own `httpx.Client` (proxies, certificates): the
    SDK wraps its transport with the retry policy and takes its headers once, at construction.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        _sleep: Callable[[float], None] = time.sleep,
        _clock: Callable[[], float] = time.monotonic,
        _wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._configure(api_key, base_url, timeout, max_retries, default_headers, _clock)
        self._sleep = _sleep
        self._wall_clock = _wall_clock
        self._policy = RetryPolicy(max_retries=self.max_retries, sleep=_sleep, wall_clock=_wall_clock)
        if http_client is None:
            http = httpx.Client(transport=RetryTransport(httpx.HTTPTransport(limits=DEFAULT_LIMITS)))
            self._shared = _Shared(http, owns_http=True)
        else:
            if not isinstance(http_client._transport, RetryTransport):
                http_client._transport = RetryTransport(http_client._transport)
            self._shared = _Shared(http_client, owns_http=False)
        self._bind()

    def _send(self, call: Call[T], options: RequestOptions) -> T:
        request, started = self._prepare(call, options)
        try:
            response = self._shared.http.send(request, follow_redirects=False)  # never the key to another host
        except httpx.TransportError as exc:
            raise self._connection_error(exc, call.method) from exc
        self._log(response, started)
        if self._raw:
            return raw_response(call, response)  # type: ignore[no-any-return]
        return parse(call, response)

    def request(self, method: str, path: str, **kwargs: Unpack[RequestArgs]) -> Any:
        """Call an endpoint the vendored contract lacks yet; the parsed JSON body, or None without one.

        >>> client.request("GET", "/v2/voices")
        >>> client.request("GET", tavus.api_path("/v2/pals/{pal_id}", pal_id=pal_id))

        Auth, the retry table, timeouts, logging and the typed errors are those of the typed
        methods. `path` is literal and relative to `base_url`: fill ids in with `tavus.api_path`.

        Args:
            method: GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS.
            path: e.g. `/v2/voices`; no scheme, host, query or `..`.
            **kwargs: `json` (the body), `params` (the query), `headers` (added to the client's),
                `timeout` (this call's, in seconds or an `httpx.Timeout`; None: no timeout).
        """
        call, options = build_call(method, path, kwargs)
        return self._send(call, options)

    def close(self) -> None:
        """Close the connection pool (a client passed as `http_client` is left to its owner)."""
        if not self._shared.closed:
            self._shared.closed = True
            if self._shared.owns_http:
                self._shared.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @cached_property
    def with_raw_response(self) -> RawClient:
        """The same resources, returning a `RawResponse` (status, headers, body; `.parse()`)."""
        from ._raw import RawClient

        return RawClient(self)

    @cached_property
    def replicas(self) -> Replicas:
        from ._resources.replicas import Replicas

        return Replicas(self)

    @cached_property
    def videos(self) -> Videos:
        from ._resources.videos import Videos

        return Videos(self)

    @cached_property
    def conversations(self) -> Conversations:
        from ._resources.conversations import Conversations

        return Conversations(self)

    @cached_property
    def personas(self) -> Personas:
        from ._resources.personas import Personas

        return Personas(self)

    @cached_property
    def documents(self) -> Documents:
        from ._resources.documents import Documents

        return Documents(self)

    @cached_property
    def guardrails(self) -> Guardrails:
        from ._resources.guardrails import Guardrails

        return Guardrails(self)

    @cached_property
    def objectives(self) -> Objectives:
        from ._resources.objectives import Objectives

        return Objectives(self)


class AsyncTavus(_BaseTavus):
    """The async Tavus API client: the same surface as `Tavus`, with `async` methods."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        _sleep: Callable[[float], Awaitable[None]] = async_sleep,
        _clock: Callable[[], float] = time.monotonic,
        _wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._configure(api_key, base_url, timeout, max_retries, default_headers, _clock)
        self._sleep = _sleep
        self._wall_clock = _wall_clock
        self._policy = RetryPolicy(max_retries=self.max_retries, async_sleep=_sleep, wall_clock=_wall_clock)
        if http_client is None:
            transport = AsyncRetryTransport(httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS))
            self._shared = _Shared(httpx.AsyncClient(transport=transport), owns_http=True)
        else:
            if not isinstance(http_client._transport, AsyncRetryTransport):
                http_client._transport = AsyncRetryTransport(http_client._transport)
            self._shared = _Shared(http_client, owns_http=False)
        self._bind()

    async def _send(self, call: Call[T], options: RequestOptions) -> T:
        request, started = self._prepare(call, options)
        try:
            response = await self._shared.http.send(request, follow_redirects=False)
        except httpx.TransportError as exc:
            raise self._connection_error(exc, call.method) from exc
        self._log(response, started)
        if self._raw:
            return raw_response(call, response)  # type: ignore[no-any-return]
        return parse(call, response)

    async def request(self, method: str, path: str, **kwargs: Unpack[RequestArgs]) -> Any:
        """Call an endpoint the vendored contract lacks yet; the parsed JSON body, or None without one.

        >>> await client.request("GET", "/v2/voices")
        >>> await client.request("GET", tavus.api_path("/v2/pals/{pal_id}", pal_id=pal_id))

        Auth, the retry table, timeouts, logging and the typed errors are those of the typed
        methods. `path` is literal and relative to `base_url`: fill ids in with `tavus.api_path`.

        Args:
            method: GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS.
            path: e.g. `/v2/voices`; no scheme, host, query or `..`.
            **kwargs: `json` (the body), `params` (the query), `headers` (added to the client's),
                `timeout` (this call's, in seconds or an `httpx.Timeout`; None: no timeout).
        """
        call, options = build_call(method, path, kwargs)
        return await self._send(call, options)

    async def close(self) -> None:
        """Close the connection pool (a client passed as `http_client` is left to its owner)."""
        if not self._shared.closed:
            self._shared.closed = True
            if self._shared.owns_http:
                await self._shared.http.aclose()

    async def aclose(self) -> None:
        """Alias of `close()`, named like httpx's."""
        await self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @cached_property
    def with_raw_response(self) -> AsyncRawClient:
        """The same resources, returning a `RawResponse` (status, headers, body; `.parse()`)."""
        from ._raw import AsyncRawClient

        return AsyncRawClient(self)

    @cached_property
    def replicas(self) -> AsyncReplicas:
        from ._resources.replicas import AsyncReplicas

        return AsyncReplicas(self)

    @cached_property
    def videos(self) -> AsyncVideos:
        from ._resources.videos import AsyncVideos

        return AsyncVideos(self)

    @cached_property
    def conversations(self) -> AsyncConversations:
        from ._resources.conversations import AsyncConversations

        return AsyncConversations(self)

    @cached_property
    def personas(self) -> AsyncPersonas:
        from ._resources.personas import AsyncPersonas

        return AsyncPersonas(self)

    @cached_property
    def documents(self) -> AsyncDocuments:
        from ._resources.documents import AsyncDocuments

        return AsyncDocuments(self)

    @cached_property
    def guardrails(self) -> AsyncGuardrails:
        from ._resources.guardrails import AsyncGuardrails

        return AsyncGuardrails(self)

    @cached_property
    def objectives(self) -> AsyncObjectives:
        from ._resources.objectives import AsyncObjectives

        return AsyncObjectives(self)
