# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.
"""`client.transcriptions`: speech to text of a video or audio file, delivered by callback."""

from __future__ import annotations

from collections.abc import Iterator
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
from ..._raw import to_raw
from ..._validation import check_id
from ..._wait import TRANSCRIPTION, Progress
from ..pagination import Page
from ..waiting import poll
from ._base import APIResource

__all__ = ["Transcriptions", "TranscriptionsWithRawResponse"]

# limit: "Default is 10."; page: "Default is 1."
PAGING = Paging(first_page=1, default_limit=10)


class Transcriptions(APIResource):
    """Transcriptions: the text of what is said in a video or audio file."""

    @cached_property
    def with_raw_response(self) -> TranscriptionsWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return TranscriptionsWithRawResponse(self)

    def create(self, *, file_url: str, callback_url: str, **options: Unpack[RequestOptions]) -> Transcription:
        """Create Transcription of `file_url` (a publicly accessible or presigned link); Tavus posts
        the result to `callback_url`, and `get()` or `wait()` read it too."""
        return self._call(create_transcription, Transcription, locals())

    def list(
        self, *, limit: int | None = None, page: int | None = None, **options: Unpack[RequestOptions]
    ) -> Page[Transcription]:
        """List Transcriptions: one page (1-based `page`), with `total_count`; iterating the page
        walks every page."""
        return self._page(list_transcriptions, ListTranscriptionsResponse200, locals(), PAGING)

    def iter(self, *, limit: int | None = None, **options: Unpack[RequestOptions]) -> Iterator[Transcription]:
        """Every transcription, fetched page by page as the iteration goes."""
        return self._iter(list_transcriptions, ListTranscriptionsResponse200, locals(), PAGING)

    def get(self, transcription_id: str, **options: Unpack[RequestOptions]) -> Transcription:
        """Get Transcription: its `status` and, once completed, its `text`."""
        return self._call(get_transcription, Transcription, locals())

    def delete(self, transcription_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Transcription."""
        return self._call(delete_transcription, None, locals())

    def wait(
        self,
        transcription_id: str,
        *,
        timeout: float = 3600,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
        on_progress: Progress[Transcription] | None = None,
    ) -> Transcription:
        """Poll until the transcription ends: it when completed, `TranscriptionError` on error,
        `WaitTimeoutError` (with the last state) when `timeout` seconds run out."""
        check_id("transcription_id", transcription_id)
        return poll(
            TRANSCRIPTION, lambda: self.get(transcription_id), self._client,
            timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval, on_progress=on_progress,
        )  # fmt: skip


class TranscriptionsWithRawResponse:
    """`client.transcriptions.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, transcriptions: Transcriptions) -> None:
        self.create = to_raw(transcriptions.create)
        self.list = to_raw(transcriptions.list)
        self.get = to_raw(transcriptions.get)
        self.delete = to_raw(transcriptions.delete)
