# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.
"""`client.videos`: generate a video from a replica and a script or audio, then list, get, rename, delete."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import Any, Unpack

from tavus_api.api.videos import delete_video, generate_video, get_video, list_videos, rename_video
from tavus_api.models.list_videos_response_200 import ListVideosResponse200
from tavus_api.models.video import Video

from ..._call import RequestOptions
from ..._pagination import Paging
from ..._raw import to_raw
from ..._validation import check_id
from ..._wait import VIDEO, Progress
from ..pagination import Page
from ..waiting import poll
from ._base import APIResource

__all__ = ["Videos", "VideosWithRawResponse"]

# page: "The page number to return (0-indexed). Default is 0 (first page)."; limit: "Default is 10."
PAGING = Paging(first_page=0, default_limit=10)


class Videos(APIResource):
    """Videos generated from a replica."""

    @cached_property
    def with_raw_response(self) -> VideosWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return VideosWithRawResponse(self)

    def create(
        self,
        *,
        replica_id: str,
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
    ) -> Video:
        """Generate Video: a replica speaks `script` (text) or `audio_url` (a .wav/.mp3 link).

        `replica_id` is required, and exactly one of `script` and `audio_url`. The links Tavus
        downloads (audio, backgrounds, watermark) must be absolute http(s) URLs. Generation is
        billed: this POST is never retried after the server may have received it.
        """
        return self._call(generate_video, Video, locals())

    def list(
        self, *, limit: int | None = None, page: int | None = None, **options: Unpack[RequestOptions]
    ) -> Page[Video]:
        """List Videos: one page (0-based `page`, as the contract documents it), with `total_count`;
        iterating the page walks every page."""
        return self._page(list_videos, ListVideosResponse200, locals(), PAGING)

    def iter(self, *, limit: int | None = None, **options: Unpack[RequestOptions]) -> Iterator[Video]:
        """Every video, fetched page by page as the iteration goes."""
        return self._iter(list_videos, ListVideosResponse200, locals(), PAGING)

    def get(self, video_id: str, *, verbose: bool | None = None, **options: Unpack[RequestOptions]) -> Video:
        """Get Video: its status and, once ready, its download, stream and hosted URLs."""
        return self._call(get_video, Video, locals())

    def delete(self, video_id: str, *, hard: bool | None = None, **options: Unpack[RequestOptions]) -> None:
        """Delete Video. `hard=True` also deletes its assets, irrevocably."""
        return self._call(delete_video, None, locals())

    def rename(self, video_id: str, *, video_name: str, **options: Unpack[RequestOptions]) -> None:
        """Rename Video."""
        return self._call(rename_video, None, locals())

    def wait(
        self,
        video_id: str,
        *,
        timeout: float = 3600,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
        on_progress: Progress[Video] | None = None,
    ) -> Video:
        """Poll until generation ends: the video when ready, `VideoGenerationError` on error,
        `WaitTimeoutError` (with the last state) when `timeout` seconds run out."""
        check_id("video_id", video_id)
        return poll(
            VIDEO, lambda: self.get(video_id), self._client,
            timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval, on_progress=on_progress,
        )  # fmt: skip


class VideosWithRawResponse:
    """`client.videos.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, videos: Videos) -> None:
        self.create = to_raw(videos.create)
        self.list = to_raw(videos.list)
        self.get = to_raw(videos.get)
        self.delete = to_raw(videos.delete)
        self.rename = to_raw(videos.rename)
