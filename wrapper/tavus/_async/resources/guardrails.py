"""`client.guardrails`: sets of rules a persona must not break in conversations."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Sequence
from functools import cached_property
from typing import Any, Unpack

from tavus_api import models
from tavus_api.api.guardrails import (
    create_guardrails,
    delete_guardrails,
    get_guardrail,
    get_guardrails,
    patch_guardrails,
)
from tavus_api.models.get_guardrails_response_200 import GetGuardrailsResponse200
from tavus_api.models.patch_guardrails_body_item import PatchGuardrailsBodyItem
from tavus_api.models.patch_guardrails_response_200 import PatchGuardrailsResponse200

from ..._call import DataOf, RequestOptions
from ..._pagination import Paging
from ..._raw import async_to_raw
from ..pagination import AsyncPage
from ._base import AsyncAPIResource

__all__ = ["AsyncGuardrails", "AsyncGuardrailsWithRawResponse"]

# limit: "Default is 10."; page: "Default is 1."
PAGING = Paging(first_page=1, default_limit=10)


class AsyncGuardrails(AsyncAPIResource):
    """Guardrails: named sets of rules a persona must not break."""

    @cached_property
    def with_raw_response(self) -> AsyncGuardrailsWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return AsyncGuardrailsWithRawResponse(self)

    async def create(
        self,
        *,
        name: str | None = None,
        data: builtins.list[dict[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.Guardrails:
        """Create Guardrails: a named set of rules (`data`: guardrail_name, guardrail_prompt,
        optional modality verbal/visual and callback_url) that a persona must respect."""
        return await self._call(create_guardrails, models.Guardrails, locals())

    async def list(
        self, *, limit: int | None = None, page: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPage[models.Guardrails]:
        """Get Guardrails (list): one page (1-based `page`), with `total_count`; iterating the page
        walks every page."""
        return await self._page(get_guardrails, GetGuardrailsResponse200, locals(), PAGING)

    def iter(self, *, limit: int | None = None, **options: Unpack[RequestOptions]) -> AsyncIterator[models.Guardrails]:
        """Every set of guardrails, fetched page by page as the iteration goes."""
        return self._iter(get_guardrails, GetGuardrailsResponse200, locals(), PAGING)

    async def get(self, guardrails_id: str, **options: Unpack[RequestOptions]) -> models.Guardrail:
        """Get Guardrails: the guardrail the contract answers under `data`."""
        return await self._call(get_guardrail, DataOf(models.Guardrail), locals())

    async def update(
        self,
        guardrails_id: str,
        operations: Sequence[dict[str, Any] | PatchGuardrailsBodyItem],
        **options: Unpack[RequestOptions],
    ) -> PatchGuardrailsResponse200 | None:
        """Patch Guardrails with RFC 6902 JSON Patch `operations`, e.g.
        `[{"op": "replace", "path": "/data/0/guardrail_prompt", "value": "..."}]`.
        Returns the updated guardrails, or None when the API answers 304 (nothing changed)."""
        return await self._patch(patch_guardrails, PatchGuardrailsResponse200, locals())

    async def delete(self, guardrails_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Guardrails."""
        return await self._call(delete_guardrails, None, locals())


class AsyncGuardrailsWithRawResponse:
    """`client.guardrails.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, guardrails: AsyncGuardrails) -> None:
        self.create = async_to_raw(guardrails.create)
        self.list = async_to_raw(guardrails.list)
        self.get = async_to_raw(guardrails.get)
        self.update = async_to_raw(guardrails.update)
        self.delete = async_to_raw(guardrails.delete)
