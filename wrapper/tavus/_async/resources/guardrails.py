"""`client.guardrails`: rules a PAL (persona) must not break in conversations.

Tavus's docs pages restate the guardrail operations (the supplement, `tavus-openapi.newer.yaml`):
one guardrail at a time (`guardrail_name`, `guardrail_prompt`, `modality`, `tags`, ...), identified
by its `uuid`. The legacy *sets* (`name` + `data`, identified by `guardrails_id`) are still served on
the same paths: the server tells them apart by the body's shape and the id's kind, and so do these
methods.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping, Sequence
from functools import cached_property
from typing import Any, Literal, Unpack, overload

from tavus_api import models
from tavus_api.api.guardrails import (
    create_guardrails,
    delete_guardrails,
    get_guardrails,
    list_guardrails,
    patch_guardrails,
)
from tavus_api.models.guardrail_list import GuardrailList
from tavus_api.models.guardrail_set_list import GuardrailSetList
from tavus_api.models.message_response import MessageResponse
from tavus_api.models.patch_guardrails_body_item import PatchGuardrailsBodyItem

from ..._call import DataOf, RequestOptions
from ..._pagination import Paging
from ..._raw import async_to_raw
from ..pagination import AsyncPage
from ._base import AsyncAPIResource

__all__ = ["AsyncGuardrails", "AsyncGuardrailsWithRawResponse"]

# Legacy sets (legacy=true, the default): limit "Default is 10", page "Default is 1".
PAGING = Paging(first_page=1, default_limit=10)
# Individual guardrails (legacy=false): "Page size (default 10)", "Page number, 0-based when legacy=false".
INDIVIDUAL_PAGING = Paging(first_page=0, default_limit=10)
# Get Guardrails answers one guardrail, or, for a legacy set's id, the set's rule under `data`.
GUARDRAIL = DataOf(models.Guardrail, or_bare=True)


def _guardrail_or_message(body: dict[str, Any]) -> models.Guardrail | MessageResponse:
    """Patch Guardrails answers the patched guardrail, or a message for a legacy set."""
    if "message" in body and not {"uuid", "guardrail_name"} & body.keys():
        return MessageResponse.from_dict(body)
    return models.Guardrail.from_dict(body)


def _individual(legacy: bool | str | None) -> bool:
    """Whether a list call asks for individual guardrails: `legacy=False`, or the contract's own
    string value `legacy="false"` (a bool test of the string would read "false" as true)."""
    return legacy is False or legacy == "false"


def _query(local_vars: Mapping[str, Any]) -> dict[str, Any]:
    """A list call's arguments as the contract types them: `legacy` the string 'true'/'false' (a bool,
    or already the contract's string), `tags` one comma-separated string ("a guardrail matches if it
    has any of them")."""
    legacy, tags = local_vars.get("legacy"), local_vars.get("tags")
    return {
        **local_vars,
        "legacy": legacy if legacy is None or isinstance(legacy, str) else ("true" if legacy else "false"),
        "tags": tags if tags is None or isinstance(tags, str) else ",".join(tags),
    }


class AsyncGuardrails(AsyncAPIResource):
    """Guardrails: behavioural boundaries enforced throughout a conversation. Follows Tavus's docs
    pages (the SDK's supplement), not the published OpenAPI file."""

    @cached_property
    def with_raw_response(self) -> AsyncGuardrailsWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return AsyncGuardrailsWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        guardrail_name: str,
        guardrail_prompt: str,
        modality: str | None = None,
        callback_url: str | None = None,
        tags: builtins.list[str] | None = None,
        app_message: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.Guardrail: ...
    @overload
    async def create(
        self,
        *,
        data: builtins.list[dict[str, Any]],
        name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.Guardrails: ...
    async def create(
        self,
        *,
        guardrail_name: str | None = None,
        guardrail_prompt: str | None = None,
        modality: str | None = None,
        callback_url: str | None = None,
        tags: builtins.list[str] | None = None,
        app_message: bool | None = None,
        name: str | None = None,
        data: builtins.list[dict[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.Guardrail | models.Guardrails:
        """Create Guardrails: one guardrail (`guardrail_name`: letters, digits and underscores;
        `guardrail_prompt`; optional `modality` verbal/visual, `callback_url`, `tags`, `app_message`),
        returned with its `uuid`; or, legacy, a named set (`name`, `data`: a list of such rules),
        returned with its `guardrails_id`. Follows Tavus's docs pages (the SDK's supplement), not the
        published OpenAPI file."""
        if name is not None or data is not None:  # a legacy set: its receipt
            return await self._call(create_guardrails, models.Guardrails, locals())
        return await self._call(create_guardrails, models.Guardrail, locals())

    @overload
    async def list(
        self,
        *,
        legacy: Literal[False, "false"],
        limit: int | None = None,
        page: int | None = None,
        sort: str | None = None,
        name_or_uuid: str | None = None,
        tags: str | Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[models.Guardrail]: ...
    @overload
    async def list(
        self,
        *,
        legacy: Literal[True, "true"] | None = None,
        limit: int | None = None,
        page: int | None = None,
        sort: str | None = None,
        name_or_uuid: str | None = None,
        tags: str | Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[models.Guardrails]: ...
    async def list(
        self,
        *,
        legacy: bool | Literal["true", "false"] | None = None,
        limit: int | None = None,
        page: int | None = None,
        sort: str | None = None,
        name_or_uuid: str | None = None,
        tags: str | Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[models.Guardrail] | AsyncPage[models.Guardrails]:
        """List Guardrails: one page, with `total_count`; iterating the page walks every page.
        `legacy=False` (or the contract's string `"false"`) lists individual guardrails (0-based `page`;
        filter by `sort`, `name_or_uuid`, `tags`); without it, or with `legacy=True`, the server lists
        the legacy sets (1-based `page`).
        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        if _individual(legacy):
            return await self._page(list_guardrails, GuardrailList, _query(locals()), INDIVIDUAL_PAGING)
        return await self._page(list_guardrails, GuardrailSetList, _query(locals()), PAGING)

    @overload
    def iter(
        self,
        *,
        legacy: Literal[False, "false"],
        limit: int | None = None,
        sort: str | None = None,
        name_or_uuid: str | None = None,
        tags: str | Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[models.Guardrail]: ...
    @overload
    def iter(
        self,
        *,
        legacy: Literal[True, "true"] | None = None,
        limit: int | None = None,
        sort: str | None = None,
        name_or_uuid: str | None = None,
        tags: str | Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[models.Guardrails]: ...
    def iter(
        self,
        *,
        legacy: bool | Literal["true", "false"] | None = None,
        limit: int | None = None,
        sort: str | None = None,
        name_or_uuid: str | None = None,
        tags: str | Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[models.Guardrail] | AsyncIterator[models.Guardrails]:
        """Every guardrail (`legacy=False`) or every legacy set, fetched page by page as the iteration
        goes. Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        if _individual(legacy):
            return self._iter(list_guardrails, GuardrailList, _query(locals()), INDIVIDUAL_PAGING)
        return self._iter(list_guardrails, GuardrailSetList, _query(locals()), PAGING)

    async def get(self, guardrail_id: str, **options: Unpack[RequestOptions]) -> models.Guardrail:
        """Get Guardrails: one guardrail by its `uuid`; for a legacy set's `guardrails_id`, the set's
        rule (the contract answers it under `data`; its `uuid` is then None). Follows Tavus's docs
        pages (the SDK's supplement), not the published OpenAPI file."""
        return await self._call(get_guardrails, GUARDRAIL, locals())

    async def update(
        self,
        guardrail_id: str,
        operations: Sequence[dict[str, Any] | PatchGuardrailsBodyItem] | None = None,
        *,
        guardrail_name: str | None = None,
        guardrail_prompt: str | None = None,
        modality: str | None = None,
        callback_url: str | None = None,
        tags: builtins.list[str] | None = None,
        app_message: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.Guardrail | MessageResponse | None:
        """Patch Guardrails with RFC 6902 JSON Patch `operations`
        (`[{"op": "replace", "path": "/guardrail_prompt", "value": "..."}]`; `/data/0/...` for a legacy
        set), or name the fields of one guardrail to replace: `update(uuid, guardrail_prompt="...")`.
        Returns the updated guardrail, a `MessageResponse` for a legacy set, or None when the API
        answers 304 (nothing changed). Follows Tavus's docs pages (the SDK's supplement), not the
        published OpenAPI file."""
        return await self._patch(patch_guardrails, _guardrail_or_message, locals(), create_guardrails)

    async def delete(self, guardrail_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Guardrails: one guardrail, or a legacy set with its rules. Follows Tavus's docs pages
        (the SDK's supplement), not the published OpenAPI file."""
        return await self._call(delete_guardrails, None, locals())


class AsyncGuardrailsWithRawResponse:
    """`client.guardrails.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, guardrails: AsyncGuardrails) -> None:
        self.create = async_to_raw(guardrails.create)
        self.list = async_to_raw(guardrails.list)
        self.get = async_to_raw(guardrails.get)
        self.update = async_to_raw(guardrails.update)
        self.delete = async_to_raw(guardrails.delete)
