"""`client.transcriptions`: speech to text of a video or audio file, delivered by callback."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import Unpack

from tavus_api.api.transcriptions import (
    create_transcription,
    delete_transcription,
    get_transcription,
    list_transcriptions,
)
from tavus_api.models.list_transcriptions_response_200 import ListTranscriptionsResponse200
from tavus_api.models.transcription import Transcription

from ..._call import RequestOptions
from ..._pagination import Paging
from ..._raw import async_to_raw
from ..._validation import check_id
from ..._wait import TRANSCRIPTION, AsyncProgress
from ..pagination import AsyncPage
from ..waiting import async_poll
from ._base import AsyncAPIResource

__all__ = ["AsyncTranscriptions", "AsyncTranscriptionsWithRawResponse"]

# limit: "Default is 10."; page: "Default is 1."
PAGING = Paging(first_page=1, default_limit=10)


class AsyncTranscriptions(AsyncAPIResource):
    """Transcriptions: the text of what is said in a video or audio file."""

    @cached_property
    def with_raw_response(self) -> AsyncTranscriptionsWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return AsyncTranscriptionsWithRawResponse(self)

    async def create(self, *, file_url: str, callback_url: str, **options: Unpack[RequestOptions]) -> Transcription:
        """Create Transcription of `file_url` (a publicly accessible or presigned link); Tavus posts
        the result to `callback_url`, and `get()` or `wait()` read it too."""
        return await self._call(create_transcription, Transcription, locals())

    async def list(
        self, *, limit: int | None = None, page: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPage[Transcription]:
        """List Transcriptions: one page (1-based `page`), with `total_count`; iterating the page
        walks every page."""
        return await self._page(list_transcriptions, ListTranscriptionsResponse200, locals(), PAGING)

    def iter(self, *, limit: int | None = None, **options: Unpack[RequestOptions]) -> AsyncIterator[Transcription]:
        """Every transcription, fetched page by page as the iteration goes."""
        return self._iter(list_transcriptions, ListTranscriptionsResponse200, locals(), PAGING)

    async def get(self, transcription_id: str, **options: Unpack[RequestOptions]) -> Transcription:
        """Get Transcription: its `status` and, once completed, its `text`."""
        return await self._call(get_transcription, Transcription, locals())

    async def delete(self, transcription_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Transcription."""
        return await self._call(delete_transcription, None, locals())

    async def wait(
        self,
        transcription_id: str,
        *,
        timeout: float = 3600,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
        on_progress: AsyncProgress[Transcription] | None = None,
    ) -> Transcription:
        """Poll until the transcription ends: it when completed, `TranscriptionError` on error,
        `WaitTimeoutError` (with the last state) when `timeout` seconds run out."""
        check_id("transcription_id", transcription_id)
        return await async_poll(
            TRANSCRIPTION, lambda: self.get(transcription_id), self._client,
            timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval, on_progress=on_progress,
        )  # fmt: skip


class AsyncTranscriptionsWithRawResponse:
    """`client.transcriptions.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, transcriptions: AsyncTranscriptions) -> None:
        self.create = async_to_raw(transcriptions.create)
        self.list = async_to_raw(transcriptions.list)
        self.get = async_to_raw(transcriptions.get)
        self.delete = async_to_raw(transcriptions.delete)
