"""`client.lipsync`: deprecated; the contract says Lipsync "is no longer supported by Tavus"."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import Unpack

from tavus_api import models
from tavus_api.api.lipsync import create_lipsync, delete_lipsync, get_lipsync, list_lipsyncs
from tavus_api.models.list_lipsyncs_response_200 import ListLipsyncsResponse200

from ..._call import RequestOptions
from ..._deprecation import warn_deprecated
from ..._pagination import Paging
from ..._raw import async_to_raw
from ..pagination import AsyncPage
from ._base import AsyncAPIResource

__all__ = ["AsyncLipsync", "AsyncLipsyncWithRawResponse"]

# limit: "Default is 10."; page: "Default is 1."
PAGING = Paging(first_page=1, default_limit=10)
INSTEAD = None  # the contract names no replacement


class AsyncLipsync(AsyncAPIResource):
    """Lipsync (deprecated: every call warns): a video whose speaker's mouth follows new audio."""

    @cached_property
    def with_raw_response(self) -> AsyncLipsyncWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return AsyncLipsyncWithRawResponse(self)

    async def create(
        self,
        *,
        original_video_url: str,
        source_audio_url: str,
        lipsync_name: str | None = None,
        callback_url: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.Lipsync:
        """Create Lipsync (deprecated): `original_video_url` speaking `source_audio_url`."""
        warn_deprecated("client.lipsync.create (Create models.Lipsync)", INSTEAD)
        return await self._call(create_lipsync, models.Lipsync, locals())

    async def list(
        self, *, limit: int | None = None, page: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPage[models.Lipsync]:
        """List Lipsyncs (deprecated): one page (1-based `page`); iterating it walks every page."""
        warn_deprecated("client.lipsync.list (List Lipsyncs)", INSTEAD)
        return await self._page(list_lipsyncs, ListLipsyncsResponse200, locals(), PAGING)

    def iter(self, *, limit: int | None = None, **options: Unpack[RequestOptions]) -> AsyncIterator[models.Lipsync]:
        """Every lipsync (deprecated), fetched page by page as the iteration goes."""
        warn_deprecated("client.lipsync.iter (List Lipsyncs)", INSTEAD)
        return self._iter(list_lipsyncs, ListLipsyncsResponse200, locals(), PAGING)

    async def get(self, lipsync_id: str, **options: Unpack[RequestOptions]) -> models.Lipsync:
        """Get Lipsync (deprecated)."""
        warn_deprecated("client.lipsync.get (Get models.Lipsync)", INSTEAD)
        return await self._call(get_lipsync, models.Lipsync, locals())

    async def delete(self, lipsync_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Lipsync (deprecated)."""
        warn_deprecated("client.lipsync.delete (Delete models.Lipsync)", INSTEAD)
        return await self._call(delete_lipsync, None, locals())


class AsyncLipsyncWithRawResponse:
    """`client.lipsync.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, lipsync: AsyncLipsync) -> None:
        self.create = async_to_raw(lipsync.create)
        self.list = async_to_raw(lipsync.list)
        self.get = async_to_raw(lipsync.get)
        self.delete = async_to_raw(lipsync.delete)
