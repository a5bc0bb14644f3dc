# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.
"""`client.personas`: the behaviour (prompt, LLM, voice, perception layers) of a replica in conversations."""

from __future__ import annotations

import builtins
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from tavus_api.api.personas import create_persona, delete_persona, get_persona, list_personas, patch_persona
from tavus_api.models.list_personas_response_200 import ListPersonasResponse200
from tavus_api.models.patch_persona_body_item import PatchPersonaBodyItem
from tavus_api.models.persona import Persona

from ..._call import DataOf, RequestOptions
from ..._pagination import Paging
from ..._raw import to_raw
from ..pagination import Page
from ._base import APIResource

if TYPE_CHECKING:  # the request-side TypedDicts, for type checkers only (importing them loads every layer)
    from ...types import PersonaLayersParam

__all__ = ["Personas", "PersonasWithRawResponse"]

# limit: "Default is 10."; page: "Default is 1."
PAGING = Paging(first_page=1, default_limit=10)


class Personas(APIResource):
    """Personas: how a replica behaves in conversations."""

    @cached_property
    def with_raw_response(self) -> PersonasWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return PersonasWithRawResponse(self)

    def create(
        self,
        *,
        persona_name: str | None = None,
        system_prompt: str | None = None,
        pipeline_mode: str | None = None,
        default_replica_id: str | None = None,
        document_ids: builtins.list[str] | None = None,
        document_tags: builtins.list[str] | None = None,
        objectives_id: str | None = None,
        guardrails_id: str | None = None,
        layers: PersonaLayersParam | Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Persona:
        """Create Persona: a system prompt and layers (llm, tts, stt, perception, conversational_flow)
        that a replica uses in conversations, with optional objectives and guardrails.

        `system_prompt` is required unless `pipeline_mode="echo"`. `layers` is sent as given, so layer
        options that the published contract does not list yet pass through.
        """
        return self._call(create_persona, Persona, locals())

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        persona_type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Persona]:
        """List Personas: one page (1-based `page`); `persona_type` is user or system; iterating the
        page walks every page."""
        return self._page(list_personas, ListPersonasResponse200, locals(), PAGING)

    def iter(
        self, *, limit: int | None = None, persona_type: str | None = None, **options: Unpack[RequestOptions]
    ) -> Iterator[Persona]:
        """Every persona, fetched page by page as the iteration goes."""
        return self._iter(list_personas, ListPersonasResponse200, locals(), PAGING)

    def get(self, persona_id: str, **options: Unpack[RequestOptions]) -> Persona:
        """Get Persona: the persona (the contract answers it under `data`)."""
        return self._call(get_persona, DataOf(Persona), locals())

    def update(
        self,
        persona_id: str,
        operations: Sequence[dict[str, Any] | PatchPersonaBodyItem] | None = None,
        *,
        persona_name: str | None = None,
        system_prompt: str | None = None,
        pipeline_mode: str | None = None,
        default_replica_id: str | None = None,
        document_ids: builtins.list[str] | None = None,
        document_tags: builtins.list[str] | None = None,
        objectives_id: str | None = None,
        guardrails_id: str | None = None,
        layers: PersonaLayersParam | Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Patch Persona with RFC 6902 JSON Patch `operations`, e.g.
        `[{"op": "replace", "path": "/layers/llm/model", "value": "tavus-gpt-oss"}]`; or, for the
        common case, name top-level fields to replace: `update(persona_id, system_prompt="...")`.
        Returns None (the API answers 200 without a body, or 304 when nothing changed)."""
        return self._patch(patch_persona, None, locals(), create_persona)

    def delete(self, persona_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Persona."""
        return self._call(delete_persona, None, locals())


class PersonasWithRawResponse:
    """`client.personas.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, personas: Personas) -> None:
        self.create = to_raw(personas.create)
        self.list = to_raw(personas.list)
        self.get = to_raw(personas.get)
        self.update = to_raw(personas.update)
        self.delete = to_raw(personas.delete)
