"""`client.faces`: train, list, get, rename, update, delete, and wait for training (a face is a replica).

Faces are what Tavus's docs pages now call replicas: the same ids answer on `/v2/faces` and on the
legacy `/v2/replicas` (`client.replicas`). Every method follows Tavus's docs pages (the SDK's
supplement), not the published OpenAPI file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import Unpack

from tavus_api.api.faces import create_face, delete_face, get_face, list_faces, rename_face, update_face
from tavus_api.models.face import Face
from tavus_api.models.list_faces_response_2xx import ListFacesResponse2XX

from ..._call import RequestOptions
from ..._pagination import Paging
from ..._raw import async_to_raw
from ..._validation import check_id
from ..._wait import FACE, AsyncProgress
from ..pagination import AsyncPage
from ..waiting import async_poll
from ._base import AsyncAPIResource

__all__ = ["AsyncFaces", "AsyncFacesWithRawResponse"]

# limit: "Page size."; page: "Page number." (no defaults documented; 1-based, as List Replicas).
PAGING = Paging(first_page=1, default_limit=None)


class AsyncFaces(AsyncAPIResource):
    """Faces: the likenesses trained with Phoenix that appear in videos and conversations (formerly
    replicas; `client.replicas` serves the same ones)."""

    @cached_property
    def with_raw_response(self) -> AsyncFacesWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return AsyncFacesWithRawResponse(self)

    async def create(
        self,
        *,
        train_video_url: str | None = None,
        train_image_url: str | None = None,
        voice_name: str | None = None,
        default_voice_id: str | None = None,
        auto_fix_training_image: bool | None = None,
        callback_url: str | None = None,
        face_name: str | None = None,
        model_name: str | None = None,
        consent_video_url: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Face:
        """Create Face: start training a face from a video (or an image with a voice).

        Exactly one of `train_video_url` and `train_image_url`; with an image, one voice:
        `voice_name` (a stock voice) or `default_voice_id` (a Tavus voice), not both. The training
        URLs must be absolute http(s) links that Tavus can download. These are Create Replica's rules.

        `model_name` defaults to phoenix-4 on the server. `consent_video_url` is legacy. Training is
        billed: this POST is never retried after the server may have received it. Returns the face
        with its `face_id` and `status` (started); `wait()` follows its training.

        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file.
        """
        return await self._call(create_face, Face, locals())

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        verbose: bool | None = None,
        face_type: str | None = None,
        face_ids: str | None = None,
        model_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Face]:
        """List Faces: one page (1-based `page`) of the account's faces, with `total_count`;
        iterating the page walks every page. `face_type` is user or system, `face_ids` a
        comma-separated list of ids.

        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return await self._page(list_faces, ListFacesResponse2XX, locals(), PAGING)

    def iter(
        self,
        *,
        limit: int | None = None,
        verbose: bool | None = None,
        face_type: str | None = None,
        face_ids: str | None = None,
        model_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Face]:
        """Every face, fetched page by page as the iteration goes.

        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return self._iter(list_faces, ListFacesResponse2XX, locals(), PAGING)

    async def get(self, face_id: str, *, verbose: bool | None = None, **options: Unpack[RequestOptions]) -> Face:
        """Get Face: one face, with its `status`, `training_progress` and voice references.

        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return await self._call(get_face, Face, locals())

    async def rename(self, face_id: str, *, face_name: str, **options: Unpack[RequestOptions]) -> None:
        """Rename Face (the legacy route; `update(face_id, face_name=...)` supersedes it).

        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return await self._call(rename_face, None, locals())

    async def update(
        self,
        face_id: str,
        *,
        face_name: str | None = None,
        default_voice_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Face:
        """Update Face: a JSON Merge Patch of the name and/or the default voice (neither may be
        blank); the face's name and voice references after the update. Setting `default_voice_id`
        back to the face's `original_voice_id` restores its starting voice.

        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return await self._call(update_face, Face, locals())

    async def delete(self, face_id: str, *, hard: bool | None = None, **options: Unpack[RequestOptions]) -> None:
        """Delete Face. `hard=True` also deletes its assets, irrevocably; its conversations are kept.

        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return await self._call(delete_face, None, locals())

    async def wait(
        self,
        face_id: str,
        *,
        timeout: float = 6 * 3600,
        poll_interval: float = 10.0,
        max_poll_interval: float = 300.0,
        on_progress: AsyncProgress[Face] | None = None,
    ) -> Face:
        """Poll Get Face until training ends: the face when it completed, `ReplicaTrainingError` when
        it errored, `WaitTimeoutError` (with the last state) when `timeout` seconds run out.
        The interval starts at `poll_interval` and backs off to `max_poll_interval`.

        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        check_id("face_id", face_id)
        return await async_poll(
            FACE, lambda: self.get(face_id), self._client,
            timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval, on_progress=on_progress,
        )  # fmt: skip


class AsyncFacesWithRawResponse:
    """`client.faces.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, faces: AsyncFaces) -> None:
        self.create = async_to_raw(faces.create)
        self.list = async_to_raw(faces.list)
        self.get = async_to_raw(faces.get)
        self.rename = async_to_raw(faces.rename)
        self.update = async_to_raw(faces.update)
        self.delete = async_to_raw(faces.delete)
