"""`client.request(...)`: call an endpoint the vendored contract lacks yet, with the same guarantees.

Tavus ships endpoints before its published OpenAPI file describes them (voices, pronunciation
dictionaries, PALs, ...). `request` sends them through the same client as the typed methods: auth,
the retry table, timeouts, logging and the typed errors; only the body is not checked against a
model. A path is literal and relative to the base URL; `api_path` fills in ids, escaping each one.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any, TypedDict
from urllib.parse import quote, unquote

import httpx

from ._call import ANY_JSON, Call, RequestOptions, check_header, check_query, encode_json
from ._errors import API_KEY_HEADER, TavusValidationError
from ._validation import check_id

__all__ = ["RequestArgs", "api_path", "build_call"]


class RequestArgs(TypedDict, total=False):
    """The keyword arguments of `client.request`; an absent `timeout` means the client's."""

    json: Any
    params: Mapping[str, Any] | None
    headers: Mapping[str, str] | None
    timeout: float | httpx.Timeout | None


METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
# RFC 3986 pchar without '%' (checked apart), plus '/' between segments.
_PATH_CHARS = frozenset(string.ascii_letters + string.digits + "-._~!$&'()*+,;=:@/")
_HEX = frozenset(string.hexdigits)
# Escapes that servers decode before routing (or decode twice): '/', '\\', NUL and '%' itself.
_ROUTING_ESCAPES = ("%2f", "%5c", "%00", "%25")
# Headers the client owns: the key goes with the client (`with_options(api_key=...)`), the rest
# are computed by httpx from the request itself.
_RESERVED_HEADERS = frozenset({API_KEY_HEADER, "host", "content-length", "transfer-encoding"})


def api_path(template: str, /, **params: str | int) -> str:
    """Fill each `{name}` of `template` with an id, percent-escaped as one path segment.

    An id holding `/`, `\\`, `%`, `?`, `#` or whitespace is refused rather than escaped: many
    servers (Starlette among them) decode `%2F` before routing, so it would reach another endpoint.

    >>> api_path("/v2/pronunciation-dictionaries/{dictionary_id}", dictionary_id="pd_abc123")
    '/v2/pronunciation-dictionaries/pd_abc123'
    """
    if not isinstance(template, str):
        raise TavusValidationError("template", f"must be a string, got {type(template).__name__}")
    try:
        pieces = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise TavusValidationError("template", f"has unbalanced braces ({exc})") from None
    filled: list[str] = []
    used: set[str] = set()
    for literal, name, spec, conversion in pieces:
        filled.append(literal)
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise TavusValidationError("template", f"placeholders are plain names like {{voice_id}}, got {{{name}}}")
        if name not in params:
            raise TavusValidationError(name, f"is required by the path template {template!r}")
        filled.append(_segment(name, params[name]))
        used.add(name)
    unused = sorted(set(params) - used)
    if unused:
        raise TavusValidationError(unused[0], f"is not a placeholder of the path template {template!r}")
    return check_path("".join(filled))


def _segment(field: str, value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TavusValidationError(field, f"must be a string or an int, got {type(value).__name__}")
    try:  # the value itself, not an enum member's str()
        text = str.__str__(value) if isinstance(value, str) else int.__repr__(value)
    except ValueError as exc:  # an int beyond Python's digit limit
        raise TavusValidationError(field, f"is not a usable id ({exc})") from None
    return quote(check_id(field, text), safe="")


def check_path(path: object) -> str:
    """A literal path relative to the base URL: it can change neither the host nor the endpoint."""
    if not isinstance(path, str):
        raise TavusValidationError("path", f"must be a string, got {type(path).__name__}")
    if not path.startswith("/") or path.startswith("//"):
        raise TavusValidationError("path", f"must start with a single '/' (relative to base_url), got {path!r}")
    for i, ch in enumerate(path):
        if ch in _PATH_CHARS:
            continue
        if ch == "%" and _HEX.issuperset(path[i + 1 : i + 3]) and len(path[i + 1 : i + 3]) == 2:
            continue
        if ch in "{}":
            raise TavusValidationError("path", f"has a placeholder in {path!r}: fill it with tavus.api_path(...)")
        if ch in "?#":
            raise TavusValidationError("path", f"must not contain {ch!r}: pass query parameters as params=")
        raise TavusValidationError("path", f"must not contain {ch!r}: escape path segments with tavus.api_path(...)")
    if "//" in path:
        raise TavusValidationError("path", f"must not contain an empty segment ('//'), got {path!r}")
    lowered = path.lower()
    for escape in _ROUTING_ESCAPES:
        if escape in lowered:
            raise TavusValidationError("path", f"must not contain {escape.upper()}: servers decode it before routing")
    # `..;x` is `..` to Tomcat-like servers (a path parameter after the segment).
    if any(unquote(segment).split(";")[0] in (".", "..") for segment in path.split("/")):
        raise TavusValidationError("path", f"must not contain '.' or '..' segments, got {path!r}")
    return path


def _check_headers(headers: object) -> dict[str, str]:
    if not isinstance(headers, Mapping):
        raise TavusValidationError("headers", f"must be a dict, got {type(headers).__name__}")
    for name, value in headers.items():
        check_header("headers", name, value)
        if name.lower() in _RESERVED_HEADERS:
            hint = "; pass api_key to the client or with_options()" if name.lower() == API_KEY_HEADER else ""
            raise TavusValidationError(f"headers[{name!r}]", f"is set by the client{hint}")
    return dict(headers)


def build_call(method: object, path: object, args: RequestArgs) -> tuple[Call[Any], RequestOptions]:
    """Check every argument, then the Call the client sends: no request leaves with a bad one."""
    unknown = sorted(set(args) - RequestArgs.__annotations__.keys())
    if unknown:
        raise TypeError(f"request() got an unexpected keyword argument {unknown[0]!r}")
    if not isinstance(method, str) or method.upper() not in METHODS:
        raise TavusValidationError("method", f"must be one of {sorted(METHODS)}, got {method!r}")
    kwargs: dict[str, Any] = {"method": method.upper(), "url": check_path(path)}
    params = args.get("params")
    if params is not None:
        checked = check_query("params", params)
        if checked:
            kwargs["params"] = checked
    headers = args.get("headers")
    request_headers = _check_headers(headers) if headers is not None else {}
    body = args.get("json")
    if body is not None:
        kwargs["content"] = encode_json("json", body)
        request_headers = {"Content-Type": "application/json", **request_headers}
    if request_headers:
        kwargs["headers"] = request_headers
    options: RequestOptions = {"timeout": args["timeout"]} if "timeout" in args else {}
    return Call(None, kwargs, ANY_JSON), options
