# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.
"""`client.skills`: the registry of Tavus-made skills (internet_search, presentation, magic_canvas,
...) that `client.pals.skills` attaches to a PAL."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from tavus_api.api.skills import list_skills
from tavus_api.models.skill_registry import SkillRegistry

from ..._call import RequestOptions
from ..._raw import to_raw
from ._base import APIResource

__all__ = ["Skills", "SkillsWithRawResponse"]


class Skills(APIResource):
    """Skills: Tavus-authored capabilities a PAL can use. Follows Tavus's docs pages (the SDK's
    supplement), not the published OpenAPI file."""

    @cached_property
    def with_raw_response(self) -> SkillsWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return SkillsWithRawResponse(self)

    def list(self, **options: Unpack[RequestOptions]) -> SkillRegistry:
        """List Skills: the whole registry. The contract leaves its shape open (the docs page was not
        recovered past "object"), so every key of the answer is in `registry.additional_properties`.
        Follows Tavus's docs pages (the SDK's supplement), not the
        published OpenAPI file."""
        return self._call(list_skills, SkillRegistry, locals())


class SkillsWithRawResponse:
    """`client.skills.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, skills: Skills) -> None:
        self.list = to_raw(skills.list)
