# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.
"""`client.voices`: the stock voices (`voice_name` slugs) a replica trained from an image can speak
with, and the voices cloned from an audio sample (Create Voice, Get Voice)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import Unpack

from tavus_api.api.voices import create_voice, get_voice, get_voices
from tavus_api.models.cloned_voice import ClonedVoice
from tavus_api.models.get_voices_response_200 import GetVoicesResponse200
from tavus_api.models.voice import Voice
from tavus_api.models.voice_cloning import VoiceCloning

from ..._call import RequestOptions
from ..._pagination import Paging
from ..._raw import to_raw
from ..pagination import Page
from ._base import APIResource

__all__ = ["Voices", "VoicesWithRawResponse"]

# page: "Page number (1-based)." (default 1); limit: "Page size (1–100)." (default 10).
PAGING = Paging(first_page=1, default_limit=10)


class Voices(APIResource):
    """Voices: the stock `voice_name` values, with the replica each one comes from, and cloned voices."""

    @cached_property
    def with_raw_response(self) -> VoicesWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return VoicesWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        tag: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Voice]:
        """List Voices: one page (1-based `page`, `limit` 1-100); `search` matches names, `sort` is
        asc or desc, `tag` filters by replica tag. Iterating the page walks every page."""
        return self._page(get_voices, GetVoicesResponse200, locals(), PAGING)

    def iter(
        self,
        *,
        limit: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        tag: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Voice]:
        """Every voice, fetched page by page as the iteration goes."""
        return self._iter(get_voices, GetVoicesResponse200, locals(), PAGING)

    def create(self, *, callback_url: str | None = None, **options: Unpack[RequestOptions]) -> VoiceCloning:
        """Create Voice: start cloning a voice from an audio sample; returns at once with `status`
        started. Poll `get(voice_id)`, or pass `callback_url` (it receives
        application.voice_status_changed), until the status is completed; then use the voice id as a
        PAL's `layers.tts.voice_id` or a face's `default_voice_id`.

        The docs page describes a name for the voice (1-255 characters), a publicly accessible audio
        URL (at most 2048 characters; .mp3, .wav, .m4a, .flac, .ogg, .oga, .webm, .mp4 or .mov) and
        a description (at most 1000 characters) without printing their field names, so the SDK names
        none of them: send them with `extra_body={...}`, as Tavus names them. Likewise the answer's
        voice id (the page implies one) is in `additional_properties`. Cloning may be billed: this
        POST is never retried after the server may have received it.

        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file.
        """
        return self._call(create_voice, VoiceCloning, locals())

    def get(self, voice_id: str, **options: Unpack[RequestOptions]) -> ClonedVoice:
        """Get Voice: one voice and its cloning `status` (started, completed or error).

        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return self._call(get_voice, ClonedVoice, locals())


class VoicesWithRawResponse:
    """`client.voices.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, voices: Voices) -> None:
        self.list = to_raw(voices.list)
        self.create = to_raw(voices.create)
        self.get = to_raw(voices.get)
