"""`client.pals`: PALs (the new name of personas), their tools (`client.pals.tools`) and skills
(`client.pals.skills`).

A PAL is a persona: the same id answers on `/v2/pals/{id}` and on the legacy `/v2/personas/{id}`
(`client.personas`). The sub-resources take the PAL's id first: `client.pals.tools.list(pal_id)`.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from tavus_api.api.pa_ls import (
    check_conferencing_username,
    create_pal,
    delete_pal,
    get_pal,
    list_pals,
    patch_pal,
    publish_pal,
)
from tavus_api.api.pal_tools import attach_tools_to_pal, detach_tool_from_persona, list_pal_tools
from tavus_api.api.skills import (
    attach_skill_to_pal,
    detach_skill_from_pal,
    get_persona_skill,
    list_persona_skills,
    replace_persona_skills,
    update_pal_skill,
)
from tavus_api.models.conferencing_username_check import ConferencingUsernameCheck
from tavus_api.models.list_pals_response_2xx import ListPalsResponse2XX
from tavus_api.models.pal import Pal
from tavus_api.models.patch_pal_body_item import PatchPalBodyItem
from tavus_api.models.published_pal import PublishedPal
from tavus_api.models.skill_attachment import SkillAttachment
from tavus_api.models.tool import Tool

from ..._call import DataOf, ListOf, RequestOptions
from ..._pagination import Paging
from ..._raw import async_to_raw
from ..pagination import AsyncPage
from ._base import AsyncAPIResource

if TYPE_CHECKING:  # the request-side TypedDicts, for type checkers only
    from tavus_api.models.pal_layers import PalLayersParam

__all__ = [
    "AsyncPalSkills",
    "AsyncPalSkillsWithRawResponse",
    "AsyncPalTools",
    "AsyncPalToolsWithRawResponse",
    "AsyncPals",
    "AsyncPalsWithRawResponse",
]

# limit: "Page size (default 10)."; page: "Page number (default 1)."
PAGING = Paging(first_page=1, default_limit=10)
# List and Attach PAL Tools answer `{"data": [tool, ...]}`: the tools.
TOOLS = ListOf(Tool)


def _skills(body: dict[str, Any]) -> dict[str, SkillAttachment]:
    """List and Replace PAL Skills answer `{"data": {skill_id: attachment}}`: that mapping, typed."""
    data = body.get("data") or {}
    if not isinstance(data, Mapping):
        raise TypeError(f"'data' is {type(data).__name__}, not an object keyed by skill_id")
    if not all(isinstance(item, Mapping) for item in data.values()):
        raise TypeError("'data' holds a value that is not a skill attachment object")
    return {skill_id: SkillAttachment.from_dict(item) for skill_id, item in data.items()}


class AsyncPals(AsyncAPIResource):
    """PALs: the behaviour and pipeline (prompt, LLM, voice, perception layers) of a face in
    conversations. Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""

    @cached_property
    def with_raw_response(self) -> AsyncPalsWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return AsyncPalsWithRawResponse(self)

    @cached_property
    def tools(self) -> AsyncPalTools:
        """The standalone tools attached to a PAL (`client.tools` creates them)."""
        return AsyncPalTools(self._client)

    @cached_property
    def skills(self) -> AsyncPalSkills:
        """The skills attached to a PAL (`client.skills` lists the registry)."""
        return AsyncPalSkills(self._client)

    async def create(
        self,
        *,
        default_face_id: str,
        pal_name: str | None = None,
        system_prompt: str | None = None,
        pipeline_mode: str | None = None,
        context: str | None = None,
        document_ids: builtins.list[str] | None = None,
        document_tags: builtins.list[str] | None = None,
        objectives_id: str | None = None,
        guardrail_ids: builtins.list[str] | None = None,
        guardrail_tags: builtins.list[str] | None = None,
        guardrails_id: str | None = None,
        layers: PalLayersParam | Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pal:
        """Create PAL: a system prompt and layers (llm, tts, stt, perception, conversational_flow,
        conferencing) used by every conversation that names it, with its `default_face_id`
        (required, unlike the legacy `personas.create`), documents, objectives and guardrails.

        `system_prompt` is required unless `pipeline_mode="echo"`. `layers` is sent as given, so layer
        options the contract does not list yet pass through. Follows Tavus's docs pages (the SDK's
        supplement), not the published OpenAPI file."""
        return await self._call(create_pal, Pal, locals())

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        pal_type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Pal]:
        """List PALs: one page (1-based `page`), with `total_count`; `pal_type` is user or system;
        iterating the page walks every page. Follows Tavus's docs pages (the SDK's supplement), not
        the published OpenAPI file."""
        return await self._page(list_pals, ListPalsResponse2XX, locals(), PAGING)

    def iter(
        self, *, limit: int | None = None, pal_type: str | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[Pal]:
        """Every PAL, fetched page by page as the iteration goes. Follows Tavus's docs pages (the SDK's
        supplement), not the published OpenAPI file."""
        return self._iter(list_pals, ListPalsResponse2XX, locals(), PAGING)

    async def get(self, pal_id: str, **options: Unpack[RequestOptions]) -> Pal:
        """Get PAL: the PAL (the contract answers it under `data`). Follows Tavus's docs pages (the
        SDK's supplement), not the published OpenAPI file."""
        return await self._call(get_pal, DataOf(Pal), locals())

    async def update(
        self,
        pal_id: str,
        operations: Sequence[dict[str, Any] | PatchPalBodyItem] | None = None,
        *,
        pal_name: str | None = None,
        system_prompt: str | None = None,
        pipeline_mode: str | None = None,
        default_face_id: str | None = None,
        context: str | None = None,
        document_ids: builtins.list[str] | None = None,
        document_tags: builtins.list[str] | None = None,
        objectives_id: str | None = None,
        guardrail_ids: builtins.list[str] | None = None,
        guardrail_tags: builtins.list[str] | None = None,
        guardrails_id: str | None = None,
        layers: PalLayersParam | Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Patch PAL with RFC 6902 JSON Patch `operations` (paths as Get PAL answers the PAL), e.g.
        `[{"op": "replace", "path": "/layers/llm/model", "value": "tavus-gpt-oss"}]`; or, for the
        common case, name top-level fields to replace: `update(pal_id, system_prompt="...")`.
        Returns None (the API answers 200 without a body, or 304 when nothing changed). Follows
        Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return await self._patch(patch_pal, None, locals(), create_pal)

    async def delete(self, pal_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete PAL. Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return await self._call(delete_pal, None, locals())

    async def publish(self, pal_id: str, **options: Unpack[RequestOptions]) -> PublishedPal:
        """Publish PAL: its PAL Builder draft becomes the live version (the live id, or the draft's,
        is accepted); without a draft, the live PAL as it is. Follows Tavus's docs pages (the SDK's
        supplement), not the published OpenAPI file."""
        return await self._call(publish_pal, PublishedPal, locals())

    async def check_username(self, *, username: str, **options: Unpack[RequestOptions]) -> ConferencingUsernameCheck:
        """Check Conferencing Username Availability on tavusinvite.com (case-insensitive), before
        setting `layers.conferencing.username`: `available`, and the `reason` when it is not.
        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return await self._call(check_conferencing_username, ConferencingUsernameCheck, locals())


class AsyncPalTools(AsyncAPIResource):
    """`client.pals.tools`: the standalone tools attached to a PAL. Follows Tavus's docs pages (the
    SDK's supplement), not the published OpenAPI file."""

    @cached_property
    def with_raw_response(self) -> AsyncPalToolsWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return AsyncPalToolsWithRawResponse(self)

    async def list(self, pal_id: str, **options: Unpack[RequestOptions]) -> builtins.list[Tool]:
        """List PAL Tools: the standalone tools attached to the PAL (not its inline
        `layers.llm.tools`, nor the system tools). Follows Tavus's docs pages (the SDK's supplement),
        not the published OpenAPI file."""
        return await self._call(list_pal_tools, TOOLS, locals())

    async def attach(
        self, pal_id: str, *, tool_ids: builtins.list[str] | None = None, **options: Unpack[RequestOptions]
    ) -> builtins.list[Tool]:
        """Attach Tools To PAL: existing tools (`client.tools.create`), by id; the tools the API
        answers with. The contract does not say that `tool_ids` is required, so it is not refused.
        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return await self._call(attach_tools_to_pal, TOOLS, locals())

    async def detach(self, pal_id: str, tool_id: str, **options: Unpack[RequestOptions]) -> None:
        """Detach Tool From PAL; the tool stays available to other PALs. Follows Tavus's docs pages
        (the SDK's supplement), not the published OpenAPI file."""
        return await self._call(detach_tool_from_persona, None, locals())


class AsyncPalSkills(AsyncAPIResource):
    """`client.pals.skills`: the skills attached to a PAL, keyed by `skill_id`. Follows Tavus's docs
    pages (the SDK's supplement), not the published OpenAPI file."""

    @cached_property
    def with_raw_response(self) -> AsyncPalSkillsWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return AsyncPalSkillsWithRawResponse(self)

    async def list(self, pal_id: str, **options: Unpack[RequestOptions]) -> dict[str, SkillAttachment]:
        """List PAL Skills: the PAL's attachments, keyed by `skill_id`. Follows Tavus's docs pages (the
        SDK's supplement), not the published OpenAPI file."""
        return await self._call(list_persona_skills, _skills, locals())

    async def replace(
        self, pal_id: str, *, skills: Mapping[str, Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> dict[str, SkillAttachment]:
        """Replace PAL Skills: the whole set in one call, `{skill_id: {"config": {...}}}` (`{}` for a
        skill without configuration); skills left out are detached. Follows Tavus's docs pages (the
        SDK's supplement), not the published OpenAPI file."""
        return await self._call(replace_persona_skills, _skills, locals())

    async def get(self, pal_id: str, skill_id: str, **options: Unpack[RequestOptions]) -> SkillAttachment:
        """Get PAL Skill: one attachment, with its `config`. Follows Tavus's docs pages (the SDK's
        supplement), not the published OpenAPI file."""
        return await self._call(get_persona_skill, SkillAttachment, locals())

    async def attach(
        self,
        pal_id: str,
        skill_id: str,
        *,
        config: Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> SkillAttachment:
        """Attach Skill to PAL, or overwrite the `config` of an attachment (validated against the
        skill's config schema; none for a skill without configuration). Active from the PAL's next
        conversation. Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return await self._call(attach_skill_to_pal, SkillAttachment, locals())

    async def update(
        self, pal_id: str, skill_id: str, *, config: Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> SkillAttachment:
        """Update PAL Skill: merge `config` into the attachment's (fields sent replace, fields set to
        None are removed, the rest stay); it cannot create an attachment. Follows Tavus's docs pages
        (the SDK's supplement), not the published OpenAPI file."""
        return await self._call(update_pal_skill, SkillAttachment, locals())

    async def detach(self, pal_id: str, skill_id: str, **options: Unpack[RequestOptions]) -> None:
        """Detach Skill from PAL, for its future conversations. Follows Tavus's docs pages (the SDK's
        supplement), not the published OpenAPI file."""
        return await self._call(detach_skill_from_pal, None, locals())


class AsyncPalsWithRawResponse:
    """`client.pals.with_raw_response`: each API method returns its `RawResponse`; `.tools` and
    `.skills` are the sub-resources' raw methods."""

    def __init__(self, pals: AsyncPals) -> None:
        self._pals = pals
        self.create = async_to_raw(pals.create)
        self.list = async_to_raw(pals.list)
        self.get = async_to_raw(pals.get)
        self.update = async_to_raw(pals.update)
        self.delete = async_to_raw(pals.delete)
        self.publish = async_to_raw(pals.publish)
        self.check_username = async_to_raw(pals.check_username)

    @cached_property
    def tools(self) -> AsyncPalToolsWithRawResponse:
        return self._pals.tools.with_raw_response

    @cached_property
    def skills(self) -> AsyncPalSkillsWithRawResponse:
        return self._pals.skills.with_raw_response


class AsyncPalToolsWithRawResponse:
    """`client.pals.tools.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, tools: AsyncPalTools) -> None:
        self.list = async_to_raw(tools.list)
        self.attach = async_to_raw(tools.attach)
        self.detach = async_to_raw(tools.detach)


class AsyncPalSkillsWithRawResponse:
    """`client.pals.skills.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, skills: AsyncPalSkills) -> None:
        self.list = async_to_raw(skills.list)
        self.replace = async_to_raw(skills.replace)
        self.get = async_to_raw(skills.get)
        self.attach = async_to_raw(skills.attach)
        self.update = async_to_raw(skills.update)
        self.detach = async_to_raw(skills.detach)
