"""What every resource does with a method's arguments: check them, send the call, page the results."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar, overload

from ..._call import DataOf, ListOf
from ..._operation import arguments, build, build_patch, check
from ..._pagination import PAGES_FROM_1, Paging
from ..._validation import check_int
from ..pagination import AsyncPage

if TYPE_CHECKING:
    from ..client import AsyncTavus

__all__ = ["AsyncAPIResource"]

T = TypeVar("T")


class AsyncAPIResource:
    """A resource (`client.replicas`, ...): its methods check their arguments, then send one call.

    Each method hands its `locals()` and the generated operation it calls to `_call`, `_page` or
    `_iter`; `tavus._operation` sorts the arguments and checks them against the contract.
    """

    def __init__(self, client: AsyncTavus) -> None:
        self._client = client

    @overload
    async def _call(
        self, module: ModuleType, model: None, local_vars: Mapping[str, Any], body: str | None = None
    ) -> None: ...
    @overload
    async def _call(
        self,
        module: ModuleType,
        model: type[T] | DataOf[T] | Callable[[dict[str, Any]], T],
        local_vars: Mapping[str, Any],
        body: str | None = None,
    ) -> T: ...
    @overload
    async def _call(
        self, module: ModuleType, model: ListOf[T], local_vars: Mapping[str, Any], body: str | None = None
    ) -> list[T]: ...
    async def _call(
        self,
        module: ModuleType,
        model: type[T] | DataOf[T] | ListOf[T] | Callable[[dict[str, Any]], T] | None,
        local_vars: Mapping[str, Any],
        body: str | None = None,
    ) -> T | list[T] | None:
        """One call: the method's arguments checked, sent, and the response parsed into `model` (a
        model class, or a function of the body); `body` names the argument holding the whole request
        body, where one argument does."""
        call, options = build(module, model, local_vars, body)
        result: T | list[T] | None = await self._client._send(call, options)
        return result

    @overload
    async def _patch(
        self, module: ModuleType, model: None, local_vars: Mapping[str, Any], fields_of: ModuleType | None = None
    ) -> None: ...
    @overload
    async def _patch(
        self,
        module: ModuleType,
        model: type[T] | Callable[[dict[str, Any]], T],
        local_vars: Mapping[str, Any],
        fields_of: ModuleType | None = None,
    ) -> T | None: ...
    async def _patch(
        self,
        module: ModuleType,
        model: type[T] | Callable[[dict[str, Any]], T] | None,
        local_vars: Mapping[str, Any],
        fields_of: ModuleType | None = None,
    ) -> T | None:
        """A JSON Patch call: `operations` as given, or `replace` operations of the named fields;
        None when the API answers 304 (nothing changed)."""
        call, options = build_patch(module, model, local_vars, fields_of)
        result: T | None = await self._client._send(call, options)
        return result

    def _pages(self, module: ModuleType, model: Any, local_vars: Mapping[str, Any], paging: Paging) -> Any:
        """Check a list call once; return the coroutine function fetching page `n` (items seen before it)."""
        args = arguments(local_vars)
        fields = dict(args.fields)
        page = fields.pop("page", None)
        limit = fields.get("limit")
        if limit is not None:
            check_int("limit", limit, minimum=1)
        prepared = check(module, fields)
        first = paging.first_page
        start = first if page is None else check_int("page", page, minimum=first)
        size = limit if limit is not None else paging.default_limit

        async def fetch(number: int, seen: int | None) -> AsyncPage[Any]:
            def then(response: Any) -> AsyncPage[Any]:
                return AsyncPage(response, fetch, page=number, limit=size, first_page=first, seen_before=seen)

            call = prepared.call(model, page=number)
            result: AsyncPage[Any] = await self._client._send(call, args.options, then)
            return result

        seen = (start - first) * size if size is not None else (0 if start == first else None)
        return fetch, start, seen

    async def _page(
        self, module: ModuleType, model: Any, local_vars: Mapping[str, Any], paging: Paging = PAGES_FROM_1
    ) -> AsyncPage[Any]:
        fetch, start, seen = self._pages(module, model, local_vars, paging)
        page: AsyncPage[Any] = await fetch(start, seen)
        return page

    def _iter(
        self, module: ModuleType, model: Any, local_vars: Mapping[str, Any], paging: Paging = PAGES_FROM_1
    ) -> AsyncIterator[Any]:
        """Every item, page after page; the arguments are checked now, the first page fetched on first use."""
        fetch, start, seen = self._pages(module, model, local_vars, paging)

        async def items() -> AsyncIterator[Any]:
            page: AsyncPage[Any] = await fetch(start, seen)
            async for item in page:
                yield item

        return items()
