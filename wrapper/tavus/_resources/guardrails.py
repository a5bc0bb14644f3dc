"""`client.guardrails`: rules a persona must not break in conversations."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, Unpack

from tavus_api.api.guardrails import (
    create_guardrails,
    delete_guardrails,
    get_guardrail,
    get_guardrails,
    patch_guardrails,
)
from tavus_api.models.create_guardrails_body import CreateGuardrailsBody
from tavus_api.models.create_guardrails_response_200 import CreateGuardrailsResponse200
from tavus_api.models.get_guardrail_response_200 import GetGuardrailResponse200
from tavus_api.models.get_guardrails_response_200 import GetGuardrailsResponse200
from tavus_api.models.get_guardrails_response_200_data_type_0_item import GetGuardrailsResponse200DataType0Item
from tavus_api.models.patch_guardrails_body_item import PatchGuardrailsBodyItem
from tavus_api.models.patch_guardrails_response_200 import PatchGuardrailsResponse200

from .._call import Call, RequestOptions, prepare
from .._pagination import AsyncPage, Page
from .._validation import check_id
from ._base import (
    DICT_LIST,
    STR,
    URL,
    AsyncResource,
    SyncResource,
    body_model,
    check_fields,
    check_items,
    choice,
    given,
    lister,
    patch_call,
)

GuardrailsItem = GetGuardrailsResponse200DataType0Item
_ITEM_FIELDS = {
    "guardrail_name": STR,
    "guardrail_prompt": STR,
    "modality": choice("verbal", "visual"),
    "callback_url": URL,
}


def _create(fields: dict[str, Any]) -> Call[CreateGuardrailsResponse200]:
    check_fields(fields, {"name": STR, "data": DICT_LIST})
    check_items("data", fields.get("data", []), ("guardrail_name", "guardrail_prompt"), _ITEM_FIELDS)
    return prepare(create_guardrails, CreateGuardrailsResponse200, body=body_model(CreateGuardrailsBody, fields))


def _list(fields: dict[str, Any]) -> Callable[[int], Call[GetGuardrailsResponse200]]:
    return lister(get_guardrails, GetGuardrailsResponse200, fields, {})


def _update(guardrails_id: str, operations: Sequence[Any]) -> Call[PatchGuardrailsResponse200]:
    return patch_call(
        patch_guardrails,
        PatchGuardrailsBodyItem,
        PatchGuardrailsResponse200,
        "guardrails_id",
        guardrails_id,
        operations,
    )


_CREATE_DOC = """Create Guardrails: a named set of rules (`data`: guardrail_name, guardrail_prompt,
optional modality verbal/visual and callback_url) that a persona must respect."""
_UPDATE_DOC = """Patch Guardrails with RFC 6902 JSON Patch `operations`, e.g.
`[{"op": "replace", "path": "/data/0/guardrail_prompt", "value": "..."}]`.
Returns the updated guardrails, or None when the API answers 304 (nothing changed)."""


class Guardrails(SyncResource):
    """Guardrails: rules a persona must not break."""

    def create(
        self,
        *,
        name: str | None = None,
        data: builtins.list[dict[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateGuardrailsResponse200:
        return self._client._send(_create(given(locals())), options)

    create.__doc__ = _CREATE_DOC

    def list(
        self, *, limit: int | None = None, page: int | None = None, **options: Unpack[RequestOptions]
    ) -> Page[GuardrailsItem]:
        """Get Guardrails (list): one page (1-based `page`), with `total_count`."""
        return self._page(_list(given({"limit": limit})), page, limit, 1, options)

    def iter(self, *, limit: int | None = None, **options: Unpack[RequestOptions]) -> Iterator[GuardrailsItem]:
        """Every set of guardrails, fetched page by page as the iteration goes."""
        return self._iter(_list(given({"limit": limit})), limit, 1, options)

    def get(self, guardrails_id: str, **options: Unpack[RequestOptions]) -> GetGuardrailResponse200:
        """Get Guardrail."""
        call = prepare(get_guardrail, GetGuardrailResponse200, check_id("guardrails_id", guardrails_id))
        return self._client._send(call, options)

    def update(
        self,
        guardrails_id: str,
        operations: Sequence[dict[str, Any] | PatchGuardrailsBodyItem],
        **options: Unpack[RequestOptions],
    ) -> PatchGuardrailsResponse200 | None:
        return self._client._send(_update(guardrails_id, operations), options)

    update.__doc__ = _UPDATE_DOC

    def delete(self, guardrails_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Guardrails."""
        call = prepare(delete_guardrails, None, check_id("guardrails_id", guardrails_id))
        return self._client._send(call, options)


class AsyncGuardrails(AsyncResource):
    """Guardrails: rules a persona must not break."""

    async def create(
        self,
        *,
        name: str | None = None,
        data: builtins.list[dict[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateGuardrailsResponse200:
        return await self._client._send(_create(given(locals())), options)

    create.__doc__ = _CREATE_DOC

    async def list(
        self, *, limit: int | None = None, page: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPage[GuardrailsItem]:
        """Get Guardrails (list): one page (1-based `page`), with `total_count`."""
        return await self._page(_list(given({"limit": limit})), page, limit, 1, options)

    async def iter(
        self, *, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[GuardrailsItem]:
        """Every set of guardrails, fetched page by page as the iteration goes."""
        async for item in self._iter(_list(given({"limit": limit})), limit, 1, options):
            yield item

    async def get(self, guardrails_id: str, **options: Unpack[RequestOptions]) -> GetGuardrailResponse200:
        """Get Guardrail."""
        call = prepare(get_guardrail, GetGuardrailResponse200, check_id("guardrails_id", guardrails_id))
        return await self._client._send(call, options)

    async def update(
        self,
        guardrails_id: str,
        operations: Sequence[dict[str, Any] | PatchGuardrailsBodyItem],
        **options: Unpack[RequestOptions],
    ) -> PatchGuardrailsResponse200 | None:
        return await self._client._send(_update(guardrails_id, operations), options)

    update.__doc__ = _UPDATE_DOC

    async def delete(self, guardrails_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Guardrails."""
        call = prepare(delete_guardrails, None, check_id("guardrails_id", guardrails_id))
        return await self._client._send(call, options)


__all__ = ["AsyncGuardrails", "Guardrails"]
