"""`client.voices`: the stock voices (`voice_name` slugs) a replica trained from an image can speak with."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import Unpack

from tavus_api.api.voices import get_voices
from tavus_api.models.get_voices_response_200 import GetVoicesResponse200
from tavus_api.models.voice import Voice

from ..._call import RequestOptions
from ..._pagination import Paging
from ..._raw import async_to_raw
from ..pagination import AsyncPage
from ._base import AsyncAPIResource

__all__ = ["AsyncVoices", "AsyncVoicesWithRawResponse"]

# page: "Page number (1-based)." (default 1); limit: "Page size (1–100)." (default 10).
PAGING = Paging(first_page=1, default_limit=10)


class AsyncVoices(AsyncAPIResource):
    """Voices: the stock `voice_name` values, with the replica each one comes from."""

    @cached_property
    def with_raw_response(self) -> AsyncVoicesWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return AsyncVoicesWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        tag: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Voice]:
        """List Voices: one page (1-based `page`, `limit` 1-100); `search` matches names, `sort` is
        asc or desc, `tag` filters by replica tag. Iterating the page walks every page."""
        return await self._page(get_voices, GetVoicesResponse200, locals(), PAGING)

    def iter(
        self,
        *,
        limit: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        tag: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Voice]:
        """Every voice, fetched page by page as the iteration goes."""
        return self._iter(get_voices, GetVoicesResponse200, locals(), PAGING)


class AsyncVoicesWithRawResponse:
    """`client.voices.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, voices: AsyncVoices) -> None:
        self.list = async_to_raw(voices.list)
