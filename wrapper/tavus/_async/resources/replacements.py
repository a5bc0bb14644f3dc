"""`client.replacements`: deprecated; the contract says Replacements "is no longer supported by Tavus"."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import Unpack

from tavus_api.api.replacements import create_replacement, delete_replacement, get_replacement, list_replacements
from tavus_api.models.list_replacements_response_200 import ListReplacementsResponse200
from tavus_api.models.replacement import Replacement

from ..._call import RequestOptions
from ..._deprecation import warn_deprecated
from ..._pagination import Paging
from ..._raw import async_to_raw
from ..pagination import AsyncPage
from ._base import AsyncAPIResource

__all__ = ["AsyncReplacements", "AsyncReplacementsWithRawResponse"]

# limit: "Default is 10."; page: "Default is 1."
PAGING = Paging(first_page=1, default_limit=10)
INSTEAD = None  # the contract names no replacement


class AsyncReplacements(AsyncAPIResource):
    """Replacements (deprecated: every call warns): words of a video's speech replaced."""

    @cached_property
    def with_raw_response(self) -> AsyncReplacementsWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return AsyncReplacementsWithRawResponse(self)

    async def create(
        self,
        *,
        original_video_url: str,
        new_transcript: str,
        transcription_id: str | None = None,
        callback_url: str | None = None,
        replacement_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Replacement:
        """Create Replacement (deprecated): `original_video_url` with its speech replaced by `new_transcript`."""
        warn_deprecated("client.replacements.create (Create Replacement)", INSTEAD)
        return await self._call(create_replacement, Replacement, locals())

    async def list(
        self, *, limit: int | None = None, page: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPage[Replacement]:
        """List Replacements (deprecated): one page (1-based `page`); iterating it walks every page."""
        warn_deprecated("client.replacements.list (List Replacements)", INSTEAD)
        return await self._page(list_replacements, ListReplacementsResponse200, locals(), PAGING)

    def iter(self, *, limit: int | None = None, **options: Unpack[RequestOptions]) -> AsyncIterator[Replacement]:
        """Every replacement (deprecated), fetched page by page as the iteration goes."""
        warn_deprecated("client.replacements.iter (List Replacements)", INSTEAD)
        return self._iter(list_replacements, ListReplacementsResponse200, locals(), PAGING)

    async def get(self, replacement_id: str, **options: Unpack[RequestOptions]) -> Replacement:
        """Get Replacement (deprecated)."""
        warn_deprecated("client.replacements.get (Get Replacement)", INSTEAD)
        return await self._call(get_replacement, Replacement, locals())

    async def delete(self, replacement_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Replacement (deprecated)."""
        warn_deprecated("client.replacements.delete (Delete Replacement)", INSTEAD)
        return await self._call(delete_replacement, None, locals())


class AsyncReplacementsWithRawResponse:
    """`client.replacements.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, replacements: AsyncReplacements) -> None:
        self.create = async_to_raw(replacements.create)
        self.list = async_to_raw(replacements.list)
        self.get = async_to_raw(replacements.get)
        self.delete = async_to_raw(replacements.delete)
