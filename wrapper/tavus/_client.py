"""What `Tavus` and `AsyncTavus` share: configuration, the connection pool, and preparing a request.

A call goes: resource method -> checks and `Call` (`_operation`: generated `_get_kwargs`) ->
`_send` -> httpx client -> `RetryTransport` -> network, then `parse` -> generated model, None, or a
typed error. The clients themselves are in `_async/client.py` (and its derived `_sync/client.py`).
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Callable, Mapping
from functools import cache
from types import ModuleType
from typing import Any, Self, TypeVar

import httpx

from ._call import Call, RequestOptions, apply_options, check_header, parse
from ._clock import Clock, clock_of
from ._errors import (
    API_KEY_HEADER,
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    ResponseValidationError,
    TavusError,
    TavusValidationError,
)
from ._logging import configure_from_env, logger
from ._raw import RAW, RawResponse
from ._retry import EXTENSION, RETRIES, RetryPolicy, request_was_sent
from ._schema import needs_api_key
from ._version import __version__

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_LIMITS", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "BaseTavus", "Shared"]

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


def _then(call: Call[Any], response: httpx.Response, then: Callable[[Any], Any] | None) -> Any:
    """The parsed model, with `then` applied; what `then` reads of it (a page's items) must fit too."""
    value = parse(call, response)
    if then is None:
        return value
    try:
        return then(value)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseValidationError(
            f"the body does not fit a page of {getattr(call.model, '__name__', 'the model')} "
            f"({type(exc).__name__}: {exc})",
            response=response,
        ) from None


@cache
def _keyless(operation: ModuleType) -> bool:
    """Whether the contract says this generated operation needs no API key (`security: []`: the
    public deployment endpoints, Record Canvas Interaction): then the key is not sent at all, as a
    browser calling them would not have it."""
    return not needs_api_key(operation.__name__.rpartition(".")[2])


class Shared:
    """What copies made by `with_options` share: the httpx client (the pool) and the closed flag.

    `rebuild` makes a new pool like the SDK's own (None for a client the caller passed in), and
    `loop` is the event loop the async pool's connections belong to."""

    __slots__ = ("closed", "http", "loop", "owns_http", "rebuild")

    def __init__(self, http: Any, owns_http: bool, rebuild: Callable[[], Any] | None = None) -> None:
        self.http = http
        self.owns_http = owns_http
        self.rebuild = rebuild
        self.closed = False
        self.loop: object = None


class BaseTavus:
    """Configuration common to the sync and async clients."""

    _shared: Shared
    _raw: bool = False

    def _configure(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        clock: Clock,
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
        self._policy = RetryPolicy(max_retries=self.max_retries, clock=clock)
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
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        clock: Clock | None = None,
    ) -> Self:
        """A copy with other settings. It shares this client's connection pool, unless given its own
        `http_client` (an `httpx.Client` for `Tavus`, an `httpx.AsyncClient` for `AsyncTavus`)."""
        copy = object.__new__(type(self))
        copy._configure(
            api_key if api_key is not None else self._api_key,
            base_url if base_url is not None else str(self.base_url),
            self.timeout if timeout is _NOT_GIVEN else timeout,
            self.max_retries if max_retries is None else max_retries,
            {**self._default_headers, **(default_headers or {})},
            clock_of(clock, None) if clock is not None else self._clock,
        )
        copy._raw = self._raw
        if http_client is None:
            copy._shared = self._shared
        else:
            copy._adopt(http_client)  # each flavour checks that it is its own kind
        copy._bind()
        return copy

    def _adopt(self, http_client: Any) -> None:  # pragma: no cover - each flavour defines it
        raise NotImplementedError

    def _bind(self) -> None:
        """Merge, once, the httpx client's own headers with ours, and the per-request extensions.

        Requests are then built here and handed to `client.send()`: httpx's per-request merging of
        default headers costs ~10 µs a call, more than everything else the SDK adds."""
        headers = httpx.Headers(self._shared.http.headers)
        headers.update(self._headers)
        self._all_headers = headers
        keyless = httpx.Headers(headers)
        del keyless[API_KEY_HEADER]
        self._keyless_headers = keyless
        self._extensions = {"timeout": self.timeout.as_dict(), EXTENSION: self._policy}

    def _prepare(self, call: Call[Any], options: RequestOptions) -> tuple[httpx.Request, float]:
        if self._shared.closed:
            raise ClientClosedError(f"this {type(self).__name__} was closed; create a new client")
        kwargs = apply_options(call.kwargs, options) if options else call.kwargs
        operation = call.operation
        headers = self._keyless_headers if operation is not None and _keyless(operation) else self._all_headers
        extra = kwargs.get("headers")
        if extra and (extra != _JSON_CONTENT_TYPE or "json" not in kwargs):  # httpx sets it for json=
            headers = httpx.Headers(headers)
            headers.update(extra)
        extensions = self._extensions
        if "timeout" in options:
            extensions = {**extensions, "timeout": _resolve_timeout(options["timeout"]).as_dict()}
        url = self._base + kwargs["url"]
        try:
            if params := kwargs.get("params"):  # encoded here: httpx would parse the URL twice to merge it
                url += "?" + str(httpx.QueryParams(params))
            request = httpx.Request(
                kwargs["method"],
                url,
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
        detail = str(exc).rstrip(". ") or "no detail"  # one full stop, however the cause ends
        return cls(
            f"{method} {request.url.path} {what}: {type(exc).__name__}: {detail}.",
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

    def _result(self, call: Call[Any], response: httpx.Response, then: Callable[[Any], Any] | None) -> Any:
        """What a call returns: its model (`then` applied, e.g. making a Page), or a RawResponse of it
        inside a raw method; a non-2xx status raises its typed error either way."""
        if RAW.get():
            if not (200 <= response.status_code < 300 or response.status_code == 304):
                parse(call, response)  # raises
            return RawResponse(response, lambda: _then(call, response, then))
        return _then(call, response, then)

    _policy: RetryPolicy
