"""Client-side checks of arguments, run before any request is sent.

Each check raises `TavusValidationError(field, rule)`: the message names the field and the rule.
They cover types, the rules the spec states in prose (one training URL, `voice_name` with an image,
...), URLs Tavus must download, path ids that must not change the request path, and JSON Patch.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from ._errors import TavusValidationError

JSON_PATCH_OPS = frozenset({"add", "remove", "replace", "move", "copy", "test"})


def check_id(field: str, value: object) -> str:
    """A path id: a non-empty string that cannot change the request path, query or fragment."""
    if not isinstance(value, str):
        raise TavusValidationError(field, f"must be a string, got {type(value).__name__}")
    if not value:
        raise TavusValidationError(field, "must not be empty")
    if value in (".", ".."):
        raise TavusValidationError(field, "must not be '.' or '..'")
    for ch in value:
        if ch in "/?#%\\" or ch.isspace() or not ch.isprintable():
            raise TavusValidationError(field, f"must not contain {ch!r}")
    return value


def check_str(field: str, value: object, *, allow_empty: bool = True) -> str:
    if not isinstance(value, str):
        raise TavusValidationError(field, f"must be a string, got {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise TavusValidationError(field, "must not be empty")
    return value


def check_bool(field: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise TavusValidationError(field, f"must be a bool, got {type(value).__name__}")
    return value


def check_int(field: str, value: object, *, minimum: int | None = None) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TavusValidationError(field, f"must be an int, got {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise TavusValidationError(field, f"must be >= {minimum}, got {value}")
    return value


def check_url(field: str, value: object) -> str:
    """An absolute http(s) URL: Tavus downloads (or calls back) this address itself."""
    check_str(field, value)
    assert isinstance(value, str)
    try:
        parts = urlsplit(value)
    except ValueError as exc:
        raise TavusValidationError(field, f"must be an absolute http(s) URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in value):
        raise TavusValidationError(field, "must be an absolute http(s) URL")
    return value


def check_mapping(field: str, value: object) -> dict[str, Any]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise TavusValidationError(field, f"must be a dict with string keys, got {type(value).__name__}")
    return dict(value)


def check_str_list(field: str, value: object) -> list[str]:
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise TavusValidationError(field, f"must be a list of strings, got {type(value).__name__}")
    for i, item in enumerate(value):
        check_str(f"{field}[{i}]", item)
    return list(value)


def check_mapping_list(field: str, value: object) -> list[dict[str, Any]]:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
        raise TavusValidationError(field, f"must be a list of dicts, got {type(value).__name__}")
    return [check_mapping(f"{field}[{i}]", item) for i, item in enumerate(value)]


def check_json_patch(field: str, operations: object) -> list[dict[str, Any]]:
    """A list of RFC 6902 operations, each well-formed. An empty list is a valid patch: the contract
    answers 304 when "all operations ... result in no changes"."""
    if isinstance(operations, str | bytes | Mapping) or not isinstance(operations, Sequence):
        raise TavusValidationError(field, "must be a list of JSON Patch operations")
    result = []
    for i, raw in enumerate(operations):
        where = f"{field}[{i}]"
        op = raw.to_dict() if hasattr(raw, "to_dict") else raw
        op = check_mapping(where, op)
        kind = op.get("op")
        if kind not in JSON_PATCH_OPS:
            raise TavusValidationError(f"{where}.op", f"must be one of {sorted(JSON_PATCH_OPS)}, got {kind!r}")
        _check_pointer(f"{where}.path", op.get("path"))
        if kind in ("add", "replace", "test") and "value" not in op:
            raise TavusValidationError(f"{where}.value", f"is required for '{kind}'")
        if kind in ("move", "copy"):
            _check_pointer(f"{where}.from", op.get("from"))
        result.append(op)
    return result


def _check_pointer(field: str, pointer: object) -> None:
    if not isinstance(pointer, str):
        raise TavusValidationError(field, "must be a JSON Pointer string such as '/context'")
    if pointer and not pointer.startswith("/"):
        raise TavusValidationError(field, f"must be a JSON Pointer starting with '/', got {pointer!r}")
    segments = pointer.split("/")[1:]
    for segment in segments:
        rest = segment.replace("~0", "").replace("~1", "")
        if "~" in rest:
            raise TavusValidationError(field, f"has an invalid '~' escape in {pointer!r}")
