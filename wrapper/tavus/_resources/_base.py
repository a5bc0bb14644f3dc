"""What every resource shares: argument collection, field checks, pages, and body building."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from .._call import Call, prepare
from .._errors import TavusValidationError
from .._pagination import AsyncPage, Page
from .._validation import (
    check_bool,
    check_id,
    check_int,
    check_json_patch,
    check_mapping,
    check_mapping_list,
    check_str,
    check_str_list,
    check_url,
)

if TYPE_CHECKING:
    from .._client import AsyncTavus, Tavus

T = TypeVar("T")
Checker = Callable[[str, Any], Any]

STR: Checker = check_str
URL: Checker = check_url
BOOL: Checker = check_bool
INT: Checker = check_int
DICT: Checker = check_mapping
STR_LIST: Checker = check_str_list
DICT_LIST: Checker = check_mapping_list
_SKIP = frozenset({"self", "options", "__class__"})


def given(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments a method was called with (from `locals()`), without the ones left at None."""
    return {k: v for k, v in arguments.items() if v is not None and k not in _SKIP}


def check_fields(fields: Mapping[str, Any], kinds: Mapping[str, Checker]) -> None:
    for name, value in fields.items():
        kinds[name](name, value)


def choice(*values: str) -> Checker:
    """A checker for a string that must be one of `values` (a closed enum of the request schema)."""

    def check(field: str, value: Any) -> str:
        if check_str(field, value) not in values:
            raise TavusValidationError(field, f"must be one of {list(values)}, got {value!r}")
        return value  # type: ignore[no-any-return]

    return check


def check_items(
    field: str, items: list[dict[str, Any]], required_names: tuple[str, ...], kinds: Mapping[str, Checker]
) -> None:
    """Each dict of a list body field: its required keys, and the known keys checked by kind."""
    for i, item in enumerate(items):
        where = f"{field}[{i}]"
        for name in required_names:
            if name not in item:
                raise TavusValidationError(f"{where}.{name}", "is required")
        for name, value in item.items():
            if name in kinds:
                kinds[name](f"{where}.{name}", value)


def one_of(fields: Mapping[str, Any], *names: str) -> None:
    present = [n for n in names if n in fields]
    if len(present) != 1:
        which = "both " + " and ".join(present) if present else "neither"
        raise TavusValidationError("/".join(names), f"exactly one of {' or '.join(names)} is required, got {which}")


def required(fields: Mapping[str, Any], *names: str) -> None:
    for name in names:
        if name not in fields:
            raise TavusValidationError(name, "is required")


def body_model(model: Any, fields: dict[str, Any]) -> Any:
    """The generated body model for `fields`; unknown keys ride along in additional_properties."""
    try:
        return model.from_dict(fields)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise TavusValidationError("body", f"does not fit {model.__name__}: {exc}") from None


def lister(
    operation: ModuleType, model: Any, fields: dict[str, Any], kinds: Mapping[str, Checker]
) -> Callable[[int], Call[Any]]:
    """Check a list call's arguments once; return the builder of its page number `n`."""
    for name, value in fields.items():
        if name == "limit":
            check_int("limit", value, minimum=1)
        else:
            kinds[name](name, value)
    return lambda page: prepare(operation, model, page=page, **fields)


def patch_call(operation: ModuleType, item_model: Any, model: Any, id_field: str, id_value: str, ops: Any) -> Call[Any]:
    checked = check_json_patch("operations", ops)
    body = [body_model(item_model, op) for op in checked]
    return prepare(operation, model, check_id(id_field, id_value), body=body)


def replace_ops(fields: Mapping[str, Any], prefix: str = "") -> list[dict[str, Any]]:
    """JSON Patch `replace` operations setting each field: the common case of `update`."""
    return [{"op": "replace", "path": f"{prefix}/{_escape(k)}", "value": v} for k, v in fields.items()]


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


class SyncResource:
    """A resource of the sync client."""

    __slots__ = ("_client",)

    def __init__(self, client: Tavus) -> None:
        self._client = client

    def _page(
        self, build: Callable[[int], Call[Any]], page: int | None, limit: int | None, first: int, options: Any
    ) -> Page[Any]:
        def fetch(number: int, seen: int) -> Page[Any]:
            response = self._client._send(build(number), options)
            if not hasattr(response, "data"):  # a RawResponse (with_raw_response)
                return response  # type: ignore[no-any-return]
            return Page(response, fetch, page=number, limit=limit, first_page=first, seen_before=seen)

        start = first if page is None else check_int("page", page, minimum=first)
        return fetch(start, (start - first) * limit if limit else 0)

    def _iter(self, build: Callable[[int], Call[Any]], limit: int | None, first: int, options: Any) -> Iterator[Any]:
        """Lazily: nothing is requested until the first item is asked for."""
        yield from self._page(build, None, limit, first, options).iter_all()


class AsyncResource:
    """A resource of the async client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncTavus) -> None:
        self._client = client

    async def _page(
        self, build: Callable[[int], Call[Any]], page: int | None, limit: int | None, first: int, options: Any
    ) -> AsyncPage[Any]:
        async def fetch(number: int, seen: int) -> AsyncPage[Any]:
            response = await self._client._send(build(number), options)
            if not hasattr(response, "data"):
                return response  # type: ignore[no-any-return]
            return AsyncPage(response, fetch, page=number, limit=limit, first_page=first, seen_before=seen)

        start = first if page is None else check_int("page", page, minimum=first)
        return await fetch(start, (start - first) * limit if limit else 0)

    async def _iter(
        self, build: Callable[[int], Call[Any]], limit: int | None, first: int, options: Any
    ) -> AsyncIterator[Any]:
        page = await self._page(build, None, limit, first, options)
        async for item in page.iter_all():
            yield item
