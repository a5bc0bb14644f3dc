"""`client.replicas`: train, list, get, rename, delete, and wait for training."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import Any, Unpack

from tavus_api.api.replicas import create_replica, delete_replica, get_replica, list_replicas, rename_replica
from tavus_api.models.list_replicas_response_200 import ListReplicasResponse200
from tavus_api.models.replica import Replica

from ..._call import RequestOptions
from ..._pagination import Paging
from ..._raw import async_to_raw
from ..._validation import check_id
from ..._wait import REPLICA, AsyncProgress
from ..pagination import AsyncPage
from ..waiting import async_poll
from ._base import AsyncAPIResource

__all__ = ["AsyncReplicas", "AsyncReplicasWithRawResponse"]

# limit: "The number of replicas to return per page." (no default documented); page: 1-based.
PAGING = Paging(first_page=1, default_limit=None)


class AsyncReplicas(AsyncAPIResource):
    """Replicas: the digital twins that speak in videos and conversations."""

    @cached_property
    def with_raw_response(self) -> AsyncReplicasWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return AsyncReplicasWithRawResponse(self)

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
    ) -> Replica:
        """Create Replica: start training a replica from a video (or an image with a voice).

        Exactly one of `train_video_url` and `train_image_url`; `voice_name` is required with an
        image. The training URLs must be absolute http(s) links that Tavus can download.

        Without `consent_video_url`, the training video must open with the verbatim consent
        statement: "I, [FULL NAME], am currently speaking and consent Tavus to create an AI clone of
        me by using the audio and video samples I provide. I understand that this AI clone can be
        used to create videos that look and sound like me." Otherwise training fails.

        `model_name` defaults to phoenix-4 on the server; other names are passed through as given.
        Training is billed: this POST is never retried after the server may have received it.
        """
        return await self._call(create_replica, Replica, locals())

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        verbose: bool | None = None,
        replica_type: str | None = None,
        replica_ids: str | None = None,
        model_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Replica]:
        """List Replicas: one page (1-based `page`) of the account's replicas, with `total_count`;
        iterating the page walks every page. `replica_type` is user or system."""
        return await self._page(list_replicas, ListReplicasResponse200, locals(), PAGING)

    def iter(
        self,
        *,
        limit: int | None = None,
        verbose: bool | None = None,
        replica_type: str | None = None,
        replica_ids: str | None = None,
        model_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Replica]:
        """Every replica, fetched page by page as the iteration goes."""
        return self._iter(list_replicas, ListReplicasResponse200, locals(), PAGING)

    async def get(self, replica_id: str, *, verbose: bool | None = None, **options: Unpack[RequestOptions]) -> Replica:
        """Get Replica: one replica, with its `status` and `training_progress`."""
        return await self._call(get_replica, Replica, locals())

    async def delete(self, replica_id: str, *, hard: bool | None = None, **options: Unpack[RequestOptions]) -> None:
        """Delete Replica. `hard=True` also deletes its assets, irrevocably."""
        return await self._call(delete_replica, None, locals())

    async def rename(self, replica_id: str, *, replica_name: str, **options: Unpack[RequestOptions]) -> None:
        """Rename Replica."""
        return await self._call(rename_replica, None, locals())

    async def wait(
        self,
        replica_id: str,
        *,
        timeout: float = 6 * 3600,
        poll_interval: float = 10.0,
        max_poll_interval: float = 300.0,
        on_progress: AsyncProgress[Replica] | None = None,
    ) -> Replica:
        """Poll until training ends: the replica when it completed, `ReplicaTrainingError` when it
        errored, `WaitTimeoutError` (with the last state) when `timeout` seconds run out.
        The interval starts at `poll_interval` and backs off to `max_poll_interval`."""
        check_id("replica_id", replica_id)
        return await async_poll(
            REPLICA, lambda: self.get(replica_id), self._client,
            timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval, on_progress=on_progress,
        )  # fmt: skip


class AsyncReplicasWithRawResponse:
    """`client.replicas.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, replicas: AsyncReplicas) -> None:
        self.create = async_to_raw(replicas.create)
        self.list = async_to_raw(replicas.list)
        self.get = async_to_raw(replicas.get)
        self.delete = async_to_raw(replicas.delete)
        self.rename = async_to_raw(replicas.rename)
