"""One prepared API call, and how a response becomes a model, None or a typed error."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypedDict, TypeVar, cast, overload

import httpx

from ._errors import ResponseValidationError, TavusValidationError, status_error
from ._retry import EARLIER_ATTEMPT_ACTED

T = TypeVar("T")
NoneType = type(None)


class NotGiven:
    """The default of an argument whose None means something (e.g. `timeout=None`: no timeout)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
# The "model" of `client.request(...)`: any JSON value, returned as parsed.
ANY_JSON: Any = object()


class RequestOptions(TypedDict, total=False):
    """Per-call additions, merged into the request: for fields the published spec lacks yet."""

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]
    timeout: float | httpx.Timeout | None


class DataOf(Generic[T]):
    """A model the contract answers under `data` (its first item, where `data` is a list): Get Persona
    answers `{"data": [persona]}`, and the SDK returns the persona. With `or_bare=True` a body without
    `data` is the model itself: Get Guardrails answers one guardrail, or a legacy set's under `data`."""

    __slots__ = ("__name__", "model", "or_bare")

    def __init__(self, model: type[T], *, or_bare: bool = False) -> None:
        self.model = model
        self.or_bare = or_bare
        self.__name__ = model.__name__

    def from_dict(self, body: Mapping[str, Any]) -> T:
        if self.or_bare and "data" not in body:
            return self.model.from_dict(body)  # type: ignore[attr-defined, no-any-return]
        data = body.get("data")
        if isinstance(data, list):
            if not data:
                raise KeyError(f"'data' holds no {self.__name__}")
            data = data[0]
        if not isinstance(data, Mapping):
            raise TypeError(f"'data' is {type(data).__name__}, not a {self.__name__} object")
        return self.model.from_dict(data)  # type: ignore[attr-defined, no-any-return]


class ListOf(Generic[T]):
    """The items of a list the contract answers under `data`, without pages (List Canvas
    Interactions, List and Attach PAL Tools answer `{"data": [item, ...]}`, and the SDK returns the
    list)."""

    __slots__ = ("__name__", "model")

    def __init__(self, model: type[T]) -> None:
        self.model = model
        self.__name__ = f"list of {model.__name__}"

    def from_dict(self, body: Mapping[str, Any]) -> list[T]:
        data = body.get("data")
        if data is None:  # left out, or null for "none"
            data = []
        if not isinstance(data, list) or not all(isinstance(item, Mapping) for item in data):
            raise TypeError(f"'data' is not a list of {self.model.__name__} objects")
        from tavus_api.types import parse_models  # each item adopted as it came, parsed on first read

        return parse_models(self.model, data)  # type: ignore[type-var]


@dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    """What to send (the generated operation's request kwargs) and the model a 2xx body becomes."""

    operation: ModuleType | None  # None for `client.request(...)`
    kwargs: dict[str, Any]
    model: type[T] | Callable[[dict[str, Any]], T] | None

    @property
    def method(self) -> str:
        return str(self.kwargs["method"]).upper()


@overload
def prepare(operation: ModuleType, model: None, *args: Any, **kwargs: Any) -> Call[None]: ...
@overload
def prepare(operation: ModuleType, model: type[T], *args: Any, **kwargs: Any) -> Call[T]: ...
def prepare(operation: ModuleType, model: Any, *args: Any, **kwargs: Any) -> Call[Any]:
    """Build a Call from a generated operation module: its own `_get_kwargs` serialises the request."""
    request = operation._get_kwargs(*args, **kwargs)
    if "params" in request and not request["params"]:
        del request["params"]  # an empty dict makes httpx rebuild the URL: ~15 µs per call
    return Call(operation, request, model)


_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_FIELD_VALUE = re.compile(r"(?:[\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?)?")


def check_header(field: str, name: object, value: object) -> None:
    """A header as HTTP allows it (RFC 9110): the name a token, the value printable ASCII without
    leading or trailing whitespace. So no CR/LF (no header injection), and nothing h11 refuses later."""
    if not isinstance(name, str) or not _TOKEN.fullmatch(name):
        raise TavusValidationError(field, f"invalid header name {name!r} (letters, digits and !#$%&'*+-.^_`|~ only)")
    check_header_value(f"{field}[{name!r}]", value)


def check_header_value(field: str, value: object) -> None:
    """A header value as HTTP allows it: printable ASCII, no leading or trailing whitespace."""
    if not isinstance(value, str) or not _FIELD_VALUE.fullmatch(value):
        raise TavusValidationError(
            field, "must be a printable ASCII string (no CR, LF or NUL; no leading or trailing whitespace)"
        )


_QueryScalar = str | int | float | bool | None


def check_query(field: str, params: object) -> dict[str, Any]:
    """Query parameters httpx can encode: string keys; scalars or lists of them; UTF-8-encodable text."""
    if not isinstance(params, Mapping):
        raise TavusValidationError(field, f"must be a dict, got {type(params).__name__}")
    for name, value in params.items():
        if not isinstance(name, str):
            raise TavusValidationError(field, f"keys must be strings, got {name!r}")
        _check_utf8(field, name)
        for item in value if isinstance(value, list | tuple) else [value]:
            if not isinstance(item, _QueryScalar):
                raise TavusValidationError(
                    f"{field}[{name!r}]",
                    f"must be a str, int, float, bool, None or a list of them, got {type(item).__name__}",
                )
            if isinstance(item, str):
                _check_utf8(f"{field}[{name!r}]", item)
    return dict(params)


def _check_utf8(field: str, text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise TavusValidationError(field, f"must be encodable as UTF-8 ({exc.reason} at {exc.start})") from None


def encode_json(field: str, body: object) -> bytes:
    """`body` as the JSON bytes httpx would send (compact, no NaN), or the error naming `field`."""
    try:
        return json.dumps(body, allow_nan=False, ensure_ascii=False, separators=(",", ":")).encode()
    except (TypeError, ValueError, RecursionError) as exc:
        raise TavusValidationError(field, f"must be JSON-serialisable ({type(exc).__name__}: {exc})") from None


def apply_options(kwargs: dict[str, Any], options: RequestOptions) -> dict[str, Any]:
    """Merge `extra_*` options into a copy of the request kwargs, after checking them."""
    kwargs = dict(kwargs)
    extra_headers = options.get("extra_headers")
    if extra_headers:
        for name, value in extra_headers.items():
            check_header("extra_headers", name, value)
        kwargs["headers"] = {**kwargs.get("headers", {}), **extra_headers}
    extra_query = options.get("extra_query")
    if extra_query:
        kwargs["params"] = {**kwargs.get("params", {}), **check_query("extra_query", extra_query)}
    extra_body = options.get("extra_body")
    if extra_body:
        if "json" not in kwargs:  # GET, DELETE, and the operations the contract gives no body
            method = kwargs["method"].upper()
            raise TavusValidationError("extra_body", f"this {method} request has no body (use extra_query)")
        body = kwargs.pop("json")
        if not isinstance(extra_body, Mapping) or not isinstance(body, dict):
            raise TavusValidationError("extra_body", "must be a dict, and only goes with a JSON object body")
        kwargs["content"] = encode_json("extra_body", {**body, **extra_body})
        kwargs["headers"] = {**kwargs.get("headers", {}), "Content-Type": "application/json"}
    return kwargs


def parse(call: Call[T], response: httpx.Response) -> T:
    """The model for a response, or raise the typed error for its status or body."""
    status = response.status_code
    if not (200 <= status < 300 or status == 304):
        # A 5xx may come after the server acted; so may any answer to a retried request whose earlier
        # attempt may have been executed (e.g. a DELETE whose first response was lost).
        acted = response.extensions.get(EARLIER_ATTEMPT_ACTED, False)
        raise status_error(response, may_have_been_processed=status >= 500 or acted)
    model = call.model
    content = response.content
    if status == 304 or model is None or not content:
        return None  # type: ignore[return-value]  # 204, 304 "not modified", 2xx without a body
    try:
        data = json.loads(content)
    except (ValueError, RecursionError) as exc:
        raise ResponseValidationError(f"the body is not JSON ({exc})", response=response) from None
    if model is ANY_JSON:
        return data  # type: ignore[no-any-return]
    if not isinstance(data, dict):
        raise ResponseValidationError(f"expected a JSON object, got {type(data).__name__}", response=response)
    try:
        from_dict = cast(Callable[[dict[str, Any]], T], getattr(model, "from_dict", model))
        return from_dict(data)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError) as exc:
        raise ResponseValidationError(
            f"the body does not fit {getattr(model, '__name__', 'the model')} ({type(exc).__name__}: {exc})",
            response=response,
        ) from None
