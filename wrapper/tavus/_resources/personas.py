"""`client.personas`: the behaviour (prompt, LLM, voice, perception layers) of a replica in conversations."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, Unpack

import httpx

from tavus_api.api.personas import create_persona, delete_persona, get_persona, list_personas, patch_persona
from tavus_api.models.create_persona_body import CreatePersonaBody
from tavus_api.models.create_persona_response_200 import CreatePersonaResponse200
from tavus_api.models.get_persona_response_200 import GetPersonaResponse200
from tavus_api.models.list_personas_response_200 import ListPersonasResponse200
from tavus_api.models.list_personas_response_200_data_type_0_item import ListPersonasResponse200DataType0Item
from tavus_api.models.patch_persona_body_item import PatchPersonaBodyItem

from .._call import NOT_GIVEN, Call, NotGiven, RequestOptions, prepare
from .._errors import TavusValidationError
from .._pagination import AsyncPage, Page
from .._validation import check_id
from ._base import (
    DICT,
    STR,
    STR_LIST,
    AsyncResource,
    SyncResource,
    body_model,
    check_fields,
    choice,
    given,
    lister,
    patch_call,
    replace_ops,
)

PersonaItem = ListPersonasResponse200DataType0Item

_CREATE_FIELDS = {
    "persona_name": STR,
    "system_prompt": STR,
    "pipeline_mode": choice("full", "echo"),
    "context": STR,
    "default_replica_id": STR,
    "document_ids": STR_LIST,
    "document_tags": STR_LIST,
    "layers": DICT,
}


def _create(fields: dict[str, Any]) -> Call[CreatePersonaResponse200]:
    check_fields(fields, _CREATE_FIELDS)
    if fields.get("pipeline_mode") != "echo" and "system_prompt" not in fields:
        raise TavusValidationError("system_prompt", "is required unless pipeline_mode is 'echo'")
    for name, layer in fields.get("layers", {}).items():
        DICT(f"layers.{name}", layer)
    return prepare(create_persona, CreatePersonaResponse200, body=body_model(CreatePersonaBody, fields))


def _list(fields: dict[str, Any]) -> Callable[[int], Call[ListPersonasResponse200]]:
    return lister(list_personas, ListPersonasResponse200, fields, {"persona_type": STR})


def _options(
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
    timeout: float | httpx.Timeout | NotGiven | None,
) -> RequestOptions:
    """The request options of `update`, which spells them out because its `**fields` are patch fields."""
    options = RequestOptions()
    if extra_headers is not None:
        options["extra_headers"] = extra_headers
    if extra_query is not None:
        options["extra_query"] = extra_query
    if extra_body is not None:
        options["extra_body"] = extra_body
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    return options


def _update(persona_id: str, operations: Sequence[Any] | None, fields: dict[str, Any]) -> Call[None]:
    if operations is not None and fields:
        raise TavusValidationError("operations", "give JSON Patch operations or fields to replace, not both")
    ops = replace_ops(fields) if operations is None else operations
    return patch_call(patch_persona, PatchPersonaBodyItem, None, "persona_id", persona_id, ops)


_CREATE_DOC = """Create Persona: a system prompt, context and layers (llm, tts, stt, perception,
conversational_flow) that a replica uses in conversations.

`system_prompt` is required unless `pipeline_mode="echo"`. `layers` is sent as given, so layer
options that the published spec does not list yet pass through.
"""
_UPDATE_DOC = """Patch Persona with RFC 6902 JSON Patch `operations`, e.g.
`[{"op": "replace", "path": "/layers/llm/model", "value": "tavus-gpt-oss"}]`; or, for the common
case, name top-level fields to replace: `update(persona_id, system_prompt="...")`.
Returns None (the API answers 200 without a body, or 304 when nothing changed)."""


class Personas(SyncResource):
    """Personas: how a replica behaves in conversations."""

    def create(
        self,
        *,
        persona_name: str | None = None,
        system_prompt: str | None = None,
        pipeline_mode: str | None = None,
        context: str | None = None,
        default_replica_id: str | None = None,
        document_ids: builtins.list[str] | None = None,
        document_tags: builtins.list[str] | None = None,
        layers: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreatePersonaResponse200:
        return self._client._send(_create(given(locals())), options)

    create.__doc__ = _CREATE_DOC

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        persona_type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Page[PersonaItem]:
        """List Personas: one page (1-based `page`); `persona_type` is user or system."""
        return self._page(_list(given({"limit": limit, "persona_type": persona_type})), page, limit, 1, options)

    def iter(
        self, *, limit: int | None = None, persona_type: str | None = None, **options: Unpack[RequestOptions]
    ) -> Iterator[PersonaItem]:
        """Every persona, fetched page by page as the iteration goes."""
        return self._iter(_list(given({"limit": limit, "persona_type": persona_type})), limit, 1, options)

    def get(self, persona_id: str, **options: Unpack[RequestOptions]) -> GetPersonaResponse200:
        """Get Persona."""
        call = prepare(get_persona, GetPersonaResponse200, check_id("persona_id", persona_id))
        return self._client._send(call, options)

    def update(
        self,
        persona_id: str,
        operations: Sequence[dict[str, Any] | PatchPersonaBodyItem] | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **fields: Any,
    ) -> None:
        options = _options(extra_headers, extra_query, extra_body, timeout)
        return self._client._send(_update(persona_id, operations, fields), options)

    update.__doc__ = _UPDATE_DOC

    def delete(self, persona_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Persona."""
        return self._client._send(prepare(delete_persona, None, check_id("persona_id", persona_id)), options)


class AsyncPersonas(AsyncResource):
    """Personas: how a replica behaves in conversations."""

    async def create(
        self,
        *,
        persona_name: str | None = None,
        system_prompt: str | None = None,
        pipeline_mode: str | None = None,
        context: str | None = None,
        default_replica_id: str | None = None,
        document_ids: builtins.list[str] | None = None,
        document_tags: builtins.list[str] | None = None,
        layers: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreatePersonaResponse200:
        return await self._client._send(_create(given(locals())), options)

    create.__doc__ = _CREATE_DOC

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        persona_type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[PersonaItem]:
        """List Personas: one page (1-based `page`); `persona_type` is user or system."""
        return await self._page(_list(given({"limit": limit, "persona_type": persona_type})), page, limit, 1, options)

    async def iter(
        self, *, limit: int | None = None, persona_type: str | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[PersonaItem]:
        """Every persona, fetched page by page as the iteration goes."""
        build = _list(given({"limit": limit, "persona_type": persona_type}))
        async for item in self._iter(build, limit, 1, options):
            yield item

    async def get(self, persona_id: str, **options: Unpack[RequestOptions]) -> GetPersonaResponse200:
        """Get Persona."""
        call = prepare(get_persona, GetPersonaResponse200, check_id("persona_id", persona_id))
        return await self._client._send(call, options)

    async def update(
        self,
        persona_id: str,
        operations: Sequence[dict[str, Any] | PatchPersonaBodyItem] | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **fields: Any,
    ) -> None:
        options = _options(extra_headers, extra_query, extra_body, timeout)
        return await self._client._send(_update(persona_id, operations, fields), options)

    update.__doc__ = _UPDATE_DOC

    async def delete(self, persona_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Persona."""
        return await self._client._send(prepare(delete_persona, None, check_id("persona_id", persona_id)), options)


__all__ = ["AsyncPersonas", "Personas"]
