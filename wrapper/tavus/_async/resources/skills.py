"""`client.skills`: the registry of Tavus-made skills (internet_search, presentation, magic_canvas,
...) that `client.pals.skills` attaches to a PAL."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from tavus_api.api.skills import list_skills
from tavus_api.models.skill_registry import SkillRegistry

from ..._call import RequestOptions
from ..._raw import async_to_raw
from ._base import AsyncAPIResource

__all__ = ["AsyncSkills", "AsyncSkillsWithRawResponse"]


class AsyncSkills(AsyncAPIResource):
    """Skills: Tavus-authored capabilities a PAL can use. Follows Tavus's docs pages (the SDK's
    supplement), not the published OpenAPI file."""

    @cached_property
    def with_raw_response(self) -> AsyncSkillsWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return AsyncSkillsWithRawResponse(self)

    async def list(self, **options: Unpack[RequestOptions]) -> SkillRegistry:
        """List Skills: the whole registry. The contract leaves its shape open (the docs page was not
        recovered past "object"), so every key of the answer is in `registry.additional_properties`.
        Follows Tavus's docs pages (the SDK's supplement), not the
        published OpenAPI file."""
        return await self._call(list_skills, SkillRegistry, locals())


class AsyncSkillsWithRawResponse:
    """`client.skills.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, skills: AsyncSkills) -> None:
        self.list = async_to_raw(skills.list)
