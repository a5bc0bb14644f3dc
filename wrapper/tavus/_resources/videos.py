"""`client.videos`: generate a video from a replica and a script or audio, then list, get, rename, delete."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Unpack

from tavus_api.api.videos import delete_video, generate_video, get_video, list_videos, rename_video
from tavus_api.models.generate_video_body import GenerateVideoBody
from tavus_api.models.generate_video_response_200 import GenerateVideoResponse200
from tavus_api.models.get_video_response_200 import GetVideoResponse200
from tavus_api.models.list_videos_response_200 import ListVideosResponse200
from tavus_api.models.list_videos_response_200_data_type_0_item import ListVideosResponse200DataType0Item
from tavus_api.models.rename_video_body import RenameVideoBody

from .._call import Call, RequestOptions, prepare
from .._pagination import AsyncPage, Page
from .._validation import check_id, check_str
from .._wait import VIDEO, JobState, async_wait, wait
from ._base import (
    BOOL,
    DICT,
    STR,
    URL,
    AsyncResource,
    SyncResource,
    body_model,
    check_fields,
    given,
    lister,
    one_of,
    required,
)

Video = GetVideoResponse200
VideoItem = ListVideosResponse200DataType0Item

_CREATE_FIELDS = {
    "replica_id": STR,
    "script": STR,
    "audio_url": URL,
    "video_name": STR,
    "background_url": URL,
    "background_source_url": URL,
    "callback_url": URL,
    "fast": BOOL,
    "transparent_background": BOOL,
    "watermark_image_url": URL,
    "properties": DICT,
}


def _create(fields: dict[str, Any]) -> Call[GenerateVideoResponse200]:
    required(fields, "replica_id")
    check_fields(fields, _CREATE_FIELDS)
    check_id("replica_id", fields["replica_id"])
    one_of(fields, "script", "audio_url")
    return prepare(generate_video, GenerateVideoResponse200, body=body_model(GenerateVideoBody, fields))


def _list(fields: dict[str, Any]) -> Callable[[int], Call[ListVideosResponse200]]:
    return lister(list_videos, ListVideosResponse200, fields, {})


def _get(video_id: str, verbose: bool | None) -> Call[GetVideoResponse200]:
    kwargs = given({"verbose": verbose})
    check_fields(kwargs, {"verbose": BOOL})
    return prepare(get_video, GetVideoResponse200, check_id("video_id", video_id), **kwargs)


def _delete(video_id: str, hard: bool | None) -> Call[None]:
    kwargs = given({"hard": hard})
    check_fields(kwargs, {"hard": BOOL})
    return prepare(delete_video, None, check_id("video_id", video_id), **kwargs)


def _rename(video_id: str, video_name: str) -> Call[None]:
    check_str("video_name", video_name, allow_empty=False)
    return prepare(rename_video, None, check_id("video_id", video_id), body=RenameVideoBody(video_name=video_name))


_CREATE_DOC = """Generate Video: a replica speaks `script` (text) or `audio_url` (a .wav/.mp3 link).

`replica_id` is required, and exactly one of `script` and `audio_url`. URLs must be absolute
http(s) URLs. Generation is billed: this POST is never retried after the server may have got it.
"""
_WAIT_DOC = """Poll until generation ends: the video when ready, `VideoGenerationError` on error,
`WaitTimeoutError` (with the last state) when `timeout` seconds run out."""


class Videos(SyncResource):
    """Videos generated from a replica."""

    def create(
        self,
        *,
        replica_id: str | None = None,
        script: str | None = None,
        audio_url: str | None = None,
        video_name: str | None = None,
        background_url: str | None = None,
        background_source_url: str | None = None,
        callback_url: str | None = None,
        fast: bool | None = None,
        transparent_background: bool | None = None,
        watermark_image_url: str | None = None,
        properties: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateVideoResponse200:
        return self._client._send(_create(given(locals())), options)

    create.__doc__ = _CREATE_DOC

    def list(
        self, *, limit: int | None = None, page: int | None = None, **options: Unpack[RequestOptions]
    ) -> Page[VideoItem]:
        """List Videos: one page (1-based `page`), with `total_count`."""
        return self._page(_list(given({"limit": limit})), page, limit, 1, options)

    def iter(self, *, limit: int | None = None, **options: Unpack[RequestOptions]) -> Iterator[VideoItem]:
        """Every video, fetched page by page as the iteration goes."""
        return self._iter(_list(given({"limit": limit})), limit, 1, options)

    def get(self, video_id: str, *, verbose: bool | None = None, **options: Unpack[RequestOptions]) -> Video:
        """Get Video: its status and, once ready, its download, stream and hosted URLs."""
        return self._client._send(_get(video_id, verbose), options)

    def delete(self, video_id: str, *, hard: bool | None = None, **options: Unpack[RequestOptions]) -> None:
        """Delete Video. `hard=True` also deletes its assets, irrevocably."""
        return self._client._send(_delete(video_id, hard), options)

    def rename(self, video_id: str, *, video_name: str, **options: Unpack[RequestOptions]) -> None:
        """Rename Video."""
        return self._client._send(_rename(video_id, video_name), options)

    def wait(
        self,
        video_id: str,
        *,
        timeout: float = 3600,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
        on_progress: Callable[[JobState[Video]], None] | None = None,
    ) -> Video:
        check_id("video_id", video_id)
        return wait(
            VIDEO, lambda: self.get(video_id), self._client,
            timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval, on_progress=on_progress,
        )  # fmt: skip

    wait.__doc__ = _WAIT_DOC


class AsyncVideos(AsyncResource):
    """Videos generated from a replica."""

    async def create(
        self,
        *,
        replica_id: str | None = None,
        script: str | None = None,
        audio_url: str | None = None,
        video_name: str | None = None,
        background_url: str | None = None,
        background_source_url: str | None = None,
        callback_url: str | None = None,
        fast: bool | None = None,
        transparent_background: bool | None = None,
        watermark_image_url: str | None = None,
        properties: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateVideoResponse200:
        return await self._client._send(_create(given(locals())), options)

    create.__doc__ = _CREATE_DOC

    async def list(
        self, *, limit: int | None = None, page: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPage[VideoItem]:
        """List Videos: one page (1-based `page`), with `total_count`."""
        return await self._page(_list(given({"limit": limit})), page, limit, 1, options)

    async def iter(self, *, limit: int | None = None, **options: Unpack[RequestOptions]) -> AsyncIterator[VideoItem]:
        """Every video, fetched page by page as the iteration goes."""
        async for item in self._iter(_list(given({"limit": limit})), limit, 1, options):
            yield item

    async def get(self, video_id: str, *, verbose: bool | None = None, **options: Unpack[RequestOptions]) -> Video:
        """Get Video: its status and, once ready, its download, stream and hosted URLs."""
        return await self._client._send(_get(video_id, verbose), options)

    async def delete(self, video_id: str, *, hard: bool | None = None, **options: Unpack[RequestOptions]) -> None:
        """Delete Video. `hard=True` also deletes its assets, irrevocably."""
        return await self._client._send(_delete(video_id, hard), options)

    async def rename(self, video_id: str, *, video_name: str, **options: Unpack[RequestOptions]) -> None:
        """Rename Video."""
        return await self._client._send(_rename(video_id, video_name), options)

    async def wait(
        self,
        video_id: str,
        *,
        timeout: float = 3600,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
        on_progress: Callable[[JobState[Video]], None] | None = None,
    ) -> Video:
        check_id("video_id", video_id)
        return await async_wait(
            VIDEO, lambda: self.get(video_id), self._client,
            timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval, on_progress=on_progress,
        )  # fmt: skip

    wait.__doc__ = _WAIT_DOC


__all__ = ["AsyncVideos", "Videos"]
