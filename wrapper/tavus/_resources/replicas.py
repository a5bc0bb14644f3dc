"""`client.replicas`: train, list, get, rename, delete, and wait for training."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Unpack

from tavus_api.api.replicas import create_replica, delete_replica, get_replica, list_replicas, rename_replica
from tavus_api.models.create_replica_body import CreateReplicaBody
from tavus_api.models.create_replica_response_200 import CreateReplicaResponse200
from tavus_api.models.get_replica_response_200 import GetReplicaResponse200
from tavus_api.models.list_replicas_response_200 import ListReplicasResponse200
from tavus_api.models.list_replicas_response_200_data_type_0_item import ListReplicasResponse200DataType0Item
from tavus_api.models.rename_replica_body import RenameReplicaBody

from .._call import Call, RequestOptions, prepare
from .._errors import TavusValidationError
from .._pagination import AsyncPage, Page
from .._validation import check_id, check_str
from .._wait import REPLICA, JobState, async_wait, wait
from ._base import BOOL, DICT, STR, URL, AsyncResource, SyncResource, body_model, check_fields, given, lister, one_of

Replica = GetReplicaResponse200
ReplicaItem = ListReplicasResponse200DataType0Item

_CREATE_FIELDS = {
    "train_video_url": URL,
    "consent_video_url": URL,
    "train_image_url": URL,
    "voice_name": STR,
    "auto_fix_training_image": BOOL,
    "callback_url": URL,
    "replica_name": STR,
    "model_name": STR,
    "properties": DICT,
}
_LIST_FIELDS = {"verbose": BOOL, "replica_type": STR, "replica_ids": STR}


def _create(fields: dict[str, Any]) -> Call[CreateReplicaResponse200]:
    check_fields(fields, _CREATE_FIELDS)
    one_of(fields, "train_video_url", "train_image_url")
    video, image = "train_video_url" in fields, "train_image_url" in fields
    if image and "voice_name" not in fields:
        raise TavusValidationError("voice_name", "is required with train_image_url")
    if image and "voice_name" in fields:
        check_str("voice_name", fields["voice_name"], allow_empty=False)
    if video and "auto_fix_training_image" in fields:
        raise TavusValidationError("auto_fix_training_image", "only applies to image training (train_image_url)")
    if image and "consent_video_url" in fields:
        raise TavusValidationError("consent_video_url", "only goes with train_video_url")
    if "properties" in fields and "background_green_screen" in fields["properties"]:
        BOOL("properties.background_green_screen", fields["properties"]["background_green_screen"])
    return prepare(create_replica, CreateReplicaResponse200, body=body_model(CreateReplicaBody, fields))


def _list(fields: dict[str, Any]) -> Callable[[int], Call[ListReplicasResponse200]]:
    return lister(list_replicas, ListReplicasResponse200, fields, _LIST_FIELDS)


def _get(replica_id: str, verbose: bool | None) -> Call[GetReplicaResponse200]:
    kwargs = given({"verbose": verbose})
    check_fields(kwargs, {"verbose": BOOL})
    return prepare(get_replica, GetReplicaResponse200, check_id("replica_id", replica_id), **kwargs)


def _delete(replica_id: str, hard: bool | None) -> Call[None]:
    kwargs = given({"hard": hard})
    check_fields(kwargs, {"hard": BOOL})
    return prepare(delete_replica, None, check_id("replica_id", replica_id), **kwargs)


def _rename(replica_id: str, replica_name: str) -> Call[None]:
    check_str("replica_name", replica_name, allow_empty=False)
    body = RenameReplicaBody(replica_name=replica_name)
    return prepare(rename_replica, None, check_id("replica_id", replica_id), body=body)


_CREATE_DOC = """Create Replica: start training a replica from a video (or an image with a voice).

Exactly one of `train_video_url` and `train_image_url`; `voice_name` is required with an image;
`auto_fix_training_image` only applies to image training; `consent_video_url` only goes with a
video. URLs must be absolute http(s) URLs that Tavus can download.

Without `consent_video_url`, the training video must open with the verbatim consent statement:
"I, [FULL NAME], am currently speaking and consent Tavus to create an AI clone of me by using the
audio and video samples I provide. I understand that this AI clone can be used to create videos
that look and sound like me." Otherwise training fails.

`model_name` defaults to phoenix-4 on the server; other names are passed through as given.
Training is billed: this POST is never retried after the server may have received it.
"""


class Replicas(SyncResource):
    """Replicas: the digital twins that speak in videos and conversations."""

    def create(
        self,
        *,
        train_video_url: str | None = None,
        consent_video_url: str | None = None,
        train_image_url: str | None = None,
        voice_name: str | None = None,
        auto_fix_training_image: bool | None = None,
        callback_url: str | None = None,
        replica_name: str | None = None,
        model_name: str | None = None,
        properties: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateReplicaResponse200:
        return self._client._send(_create(given(locals())), options)

    create.__doc__ = _CREATE_DOC

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        verbose: bool | None = None,
        replica_type: str | None = None,
        replica_ids: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Page[ReplicaItem]:
        """List Replicas: one page (1-based `page`) of the account's replicas, with `total_count`."""
        fields = given({"limit": limit, "verbose": verbose, "replica_type": replica_type, "replica_ids": replica_ids})
        return self._page(_list(fields), page, limit, 1, options)

    def iter(
        self,
        *,
        limit: int | None = None,
        verbose: bool | None = None,
        replica_type: str | None = None,
        replica_ids: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ReplicaItem]:
        """Every replica, fetched page by page as the iteration goes."""
        fields = given({"limit": limit, "verbose": verbose, "replica_type": replica_type, "replica_ids": replica_ids})
        return self._iter(_list(fields), limit, 1, options)

    def get(self, replica_id: str, *, verbose: bool | None = None, **options: Unpack[RequestOptions]) -> Replica:
        """Get Replica: one replica, with its `status` and `training_progress`."""
        return self._client._send(_get(replica_id, verbose), options)

    def delete(self, replica_id: str, *, hard: bool | None = None, **options: Unpack[RequestOptions]) -> None:
        """Delete Replica. `hard=True` also deletes its assets, irrevocably."""
        return self._client._send(_delete(replica_id, hard), options)

    def rename(self, replica_id: str, *, replica_name: str, **options: Unpack[RequestOptions]) -> None:
        """Rename Replica."""
        return self._client._send(_rename(replica_id, replica_name), options)

    def wait(
        self,
        replica_id: str,
        *,
        timeout: float = 6 * 3600,
        poll_interval: float = 10.0,
        max_poll_interval: float = 300.0,
        on_progress: Callable[[JobState[Replica]], None] | None = None,
    ) -> Replica:
        """Poll until training ends: the replica when it completed, `ReplicaTrainingError` when it
        errored, `WaitTimeoutError` (with the last state) when `timeout` seconds run out.
        The interval starts at `poll_interval` and backs off to `max_poll_interval`."""
        check_id("replica_id", replica_id)
        return wait(
            REPLICA, lambda: self.get(replica_id), self._client,
            timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval, on_progress=on_progress,
        )  # fmt: skip


class AsyncReplicas(AsyncResource):
    """Replicas: the digital twins that speak in videos and conversations."""

    async def create(
        self,
        *,
        train_video_url: str | None = None,
        consent_video_url: str | None = None,
        train_image_url: str | None = None,
        voice_name: str | None = None,
        auto_fix_training_image: bool | None = None,
        callback_url: str | None = None,
        replica_name: str | None = None,
        model_name: str | None = None,
        properties: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateReplicaResponse200:
        return await self._client._send(_create(given(locals())), options)

    create.__doc__ = _CREATE_DOC

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        verbose: bool | None = None,
        replica_type: str | None = None,
        replica_ids: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[ReplicaItem]:
        """List Replicas: one page (1-based `page`) of the account's replicas, with `total_count`."""
        fields = given({"limit": limit, "verbose": verbose, "replica_type": replica_type, "replica_ids": replica_ids})
        return await self._page(_list(fields), page, limit, 1, options)

    async def iter(
        self,
        *,
        limit: int | None = None,
        verbose: bool | None = None,
        replica_type: str | None = None,
        replica_ids: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ReplicaItem]:
        """Every replica, fetched page by page as the iteration goes."""
        fields = given({"limit": limit, "verbose": verbose, "replica_type": replica_type, "replica_ids": replica_ids})
        async for item in self._iter(_list(fields), limit, 1, options):
            yield item

    async def get(self, replica_id: str, *, verbose: bool | None = None, **options: Unpack[RequestOptions]) -> Replica:
        """Get Replica: one replica, with its `status` and `training_progress`."""
        return await self._client._send(_get(replica_id, verbose), options)

    async def delete(self, replica_id: str, *, hard: bool | None = None, **options: Unpack[RequestOptions]) -> None:
        """Delete Replica. `hard=True` also deletes its assets, irrevocably."""
        return await self._client._send(_delete(replica_id, hard), options)

    async def rename(self, replica_id: str, *, replica_name: str, **options: Unpack[RequestOptions]) -> None:
        """Rename Replica."""
        return await self._client._send(_rename(replica_id, replica_name), options)

    async def wait(
        self,
        replica_id: str,
        *,
        timeout: float = 6 * 3600,
        poll_interval: float = 10.0,
        max_poll_interval: float = 300.0,
        on_progress: Callable[[JobState[Replica]], None] | None = None,
    ) -> Replica:
        """Poll until training ends: the replica when it completed, `ReplicaTrainingError` when it
        errored, `WaitTimeoutError` (with the last state) when `timeout` seconds run out.
        The interval starts at `poll_interval` and backs off to `max_poll_interval`."""
        check_id("replica_id", replica_id)
        return await async_wait(
            REPLICA, lambda: self.get(replica_id), self._client,
            timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval, on_progress=on_progress,
        )  # fmt: skip


__all__ = ["AsyncReplicas", "Replicas"]
