"""Waiting for replica training, video generation and document processing (issue 4)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import respx

import tavus
from tavus import (
    DocumentProcessingError,
    JobState,
    NotFoundError,
    ReplicaTrainingError,
    TavusValidationError,
    VideoGenerationError,
    WaitError,
    WaitTimeoutError,
)
from tavus._wait import parse_progress

R1, V1, D1 = {"replica_id": "r1"}, {"video_id": "v1"}, {"document_id": "d1"}  # the ids the models need


def _seq(*bodies: dict[str, Any]) -> list[httpx.Response]:
    return [httpx.Response(200, json=b) for b in bodies]


REPLICA_OK = _seq(
    {**R1, "status": "started", "training_progress": "0/100"},
    {**R1, "status": "started", "training_progress": "50/100"},
    {**R1, "status": "completed", "training_progress": "100/100"},
)


def test_replica_wait_reports_progress_and_returns(client: Any, api: respx.MockRouter, clock: Any) -> None:
    route = api.get("/v2/replicas/r1").mock(side_effect=REPLICA_OK)
    states: list[JobState[Any]] = []
    replica = client.replicas.wait("r1", on_progress=states.append)
    assert replica.status == "completed"
    assert type(replica).__name__ == "Replica"
    assert route.call_count == 3
    assert [s.status for s in states] == ["started", "started", "completed"]
    assert [s.progress for s in states] == [0.0, 0.5, 1.0]
    assert [s.raw_progress for s in states] == ["0/100", "50/100", "100/100"]
    assert states[-1].value is replica
    assert [s.elapsed for s in states] == [0.0, 10.0, 25.0]
    assert clock.sleeps == [10.0, 15.0]


def test_replica_wait_raises_training_error_with_the_server_message(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").mock(
        side_effect=_seq(
            {**R1, "status": "started", "training_progress": "10/100"},
            {
                "replica_id": "r1",
                "status": "error",
                "error_message": "The consent statement was not found in the video",
            },
        )
    )
    with pytest.raises(ReplicaTrainingError) as info:
        client.replicas.wait("r1")
    assert info.value.error_message == "The consent statement was not found in the video"
    assert "consent statement" in str(info.value)
    assert info.value.last.status == "error"
    assert isinstance(info.value, WaitError)


def test_replica_wait_timeout_raises_with_the_last_state(client: Any, api: respx.MockRouter, clock: Any) -> None:
    route = api.get("/v2/replicas/r1").respond(200, json={**R1, "status": "started", "training_progress": "5/100"})
    with pytest.raises(WaitTimeoutError) as info:
        client.replicas.wait("r1", timeout=30, poll_interval=10)
    assert info.value.last.training_progress == "5/100"
    assert info.value.last.status == "started"
    assert clock.sleeps == [10.0, 15.0, 5.0]  # never sleeps past the deadline
    assert route.call_count == 4
    assert "'started'" in str(info.value)
    assert "30 s" in str(info.value)


def test_poll_interval_backs_off_and_is_capped(client: Any, api: respx.MockRouter, clock: Any) -> None:
    running = [{**R1, "status": "started"}] * 9
    api.get("/v2/replicas/r1").mock(side_effect=_seq(*running, {**R1, "status": "ready"}))
    client.replicas.wait("r1", poll_interval=1, max_poll_interval=4)
    assert clock.sleeps == [1.0, 1.5, 2.25, 3.375, 4.0, 4.0, 4.0, 4.0, 4.0]
    assert all(a <= b for a, b in zip(clock.sleeps, clock.sleeps[1:], strict=False))


def test_unknown_statuses_keep_polling_and_case_is_ignored(client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").mock(
        side_effect=_seq(
            {**R1, "status": "queued"},
            {**R1, "status": None},
            R1,
            {**R1, "status": "  COMPLETED "},
        )
    )
    assert client.replicas.wait("r1").status == "  COMPLETED "
    assert route.call_count == 4


def test_document_progress_as_number(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/documents/d1").mock(
        side_effect=_seq({**D1, "status": "processing", "progress": 20}, {**D1, "status": "ready"})
    )
    states: list[Any] = []
    client.documents.wait("d1", on_progress=states.append)
    assert [s.progress for s in states] == [0.2, None]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"timeout": 0}, "timeout"),
        ({"timeout": -5}, "timeout"),
        ({"poll_interval": 0.1}, "poll_interval"),
        ({"poll_interval": 10, "max_poll_interval": 5}, "max_poll_interval"),
    ],
)
def test_wait_arguments_are_checked_before_polling(kwargs: dict[str, Any], field: str, client: Any, api) -> None:
    route = api.route().respond(200, json={"status": "ready"})
    for wait in (client.replicas.wait, client.videos.wait, client.documents.wait):
        with pytest.raises(TavusValidationError) as info:
            wait("x1", **kwargs)
        assert info.value.field == field
    assert not route.called


def test_http_errors_while_waiting_propagate(make_client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/videos/v1").respond(404, json={"error": "Video not found"})
    with pytest.raises(NotFoundError):
        make_client(max_retries=0).videos.wait("v1")


# --- videos and documents -----------------------------------------------------------------------


def test_video_wait(client: Any, api: respx.MockRouter, clock: Any) -> None:
    api.get("/v2/videos/v1").mock(
        side_effect=_seq(
            {**V1, "status": "queued"},
            {**V1, "status": "generating", "generation_progress": "37/100"},
            {**V1, "status": "ready", "download_url": "https://cdn/v1.mp4"},
        )
    )
    states: list[Any] = []
    video = client.videos.wait("v1", on_progress=states.append)
    assert video.download_url == "https://cdn/v1.mp4"
    assert [s.progress for s in states] == [None, 0.37, None]
    assert clock.sleeps == [5.0, 7.5]


@pytest.mark.parametrize("status", ["error", "failed", "deleted"])
def test_video_wait_failure(status: str, client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/videos/v1").respond(200, json={**V1, "status": status, "status_details": "Script too long"})
    with pytest.raises(VideoGenerationError) as info:
        client.videos.wait("v1")
    assert info.value.error_message == "Script too long"
    assert info.value.last.status == status


def test_video_wait_timeout(client: Any, api: respx.MockRouter, clock: Any) -> None:
    api.get("/v2/videos/v1").respond(200, json={**V1, "status": "generating", "generation_progress": "1/100"})
    with pytest.raises(WaitTimeoutError) as info:
        client.videos.wait("v1", timeout=60, poll_interval=5, max_poll_interval=20)
    assert info.value.last.additional_properties["generation_progress"] == "1/100"  # not in the spec
    assert sum(clock.sleeps) == 60
    assert max(clock.sleeps) <= 20


def test_document_wait(client: Any, api: respx.MockRouter, clock: Any) -> None:
    api.get("/v2/documents/d1").mock(
        side_effect=_seq({**D1, "status": "processing", "progress": 10},
                         {**D1, "status": "processing", "progress": "60"}, {**D1, "status": "ready", "progress": 100})
    )  # fmt: skip
    states: list[Any] = []
    document = client.documents.wait("d1", on_progress=states.append)
    assert document.status == "ready"
    assert [s.progress for s in states] == [0.1, 0.6, 1.0]
    assert clock.sleeps == [2.0, 3.0]


def test_document_wait_failure(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/documents/d1").respond(200, json={**D1, "status": "error", "error_message": "Could not crawl"})
    with pytest.raises(DocumentProcessingError) as info:
        client.documents.wait("d1")
    assert info.value.error_message == "Could not crawl"


def test_document_wait_timeout(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/documents/d1").respond(200, json={**D1, "status": "processing"})
    with pytest.raises(WaitTimeoutError) as info:
        client.documents.wait("d1", timeout=5)
    assert info.value.last.status == "processing"


@pytest.mark.parametrize(
    ("raw", "fraction"),
    [("37/100", 0.37), ("37%", 0.37), (37, 0.37), ("37", 0.37), (0, 0.0), ("1/0", None), ("abc", None),
     (None, None), (True, None), (150, 1.0), (-5, 0.0), ("nan", None), ([1], None), (" 3/4 ", 0.75)],
)  # fmt: skip
def test_parse_progress(raw: object, fraction: float | None) -> None:
    assert parse_progress(raw) == (pytest.approx(fraction) if fraction is not None else None)


# --- async --------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_replica_wait(aclient: Any, api: respx.MockRouter, clock: Any) -> None:
    api.get("/v2/replicas/r1").mock(side_effect=REPLICA_OK)
    states: list[Any] = []
    replica = await aclient.replicas.wait("r1", on_progress=states.append)
    assert replica.status == "completed"
    assert [s.progress for s in states] == [0.0, 0.5, 1.0]
    assert clock.sleeps == [10.0, 15.0]


@pytest.mark.anyio
async def test_async_replica_wait_error_and_timeout(aclient: Any, api: respx.MockRouter, clock: Any) -> None:
    api.get("/v2/replicas/r1").respond(200, json={**R1, "status": "failed", "error_message": "bad"})
    with pytest.raises(ReplicaTrainingError) as info:
        await aclient.replicas.wait("r1")
    assert info.value.error_message == "bad"
    api.get("/v2/replicas/r2").respond(200, json={"replica_id": "r2", "status": "started"})
    with pytest.raises(WaitTimeoutError) as info2:
        await aclient.replicas.wait("r2", timeout=12, poll_interval=4, max_poll_interval=5)
    assert info2.value.last.status == "started"
    assert clock.sleeps[-3:] == [4.0, 5.0, 3.0]


@pytest.mark.anyio
async def test_async_video_and_document_wait(aclient: Any, api: respx.MockRouter) -> None:
    api.get("/v2/videos/v1").mock(side_effect=_seq({**V1, "status": "generating"}, {**V1, "status": "completed"}))
    assert (await aclient.videos.wait("v1")).status == "completed"
    api.get("/v2/videos/v2").respond(200, json={"video_id": "v2", "status": "error", "status_details": "x"})
    with pytest.raises(VideoGenerationError):
        await aclient.videos.wait("v2")
    api.get("/v2/documents/d1").mock(side_effect=_seq({**D1, "status": "processing"}, {**D1, "status": "ready"}))
    assert (await aclient.documents.wait("d1")).status == "ready"
    api.get("/v2/documents/d2").respond(200, json={"document_id": "d2", "status": "failed"})
    with pytest.raises(DocumentProcessingError) as info:
        await aclient.documents.wait("d2")
    assert info.value.error_message is None


@pytest.mark.anyio
async def test_async_wait_validates_before_polling(aclient: Any, api: respx.MockRouter) -> None:
    route = api.route().respond(200, json={"status": "ready"})
    with pytest.raises(TavusValidationError):
        await aclient.replicas.wait("r1", poll_interval=0)
    with pytest.raises(TavusValidationError):
        await aclient.documents.wait("../x")
    assert not route.called


@pytest.mark.anyio
async def test_an_async_on_progress_is_awaited(aclient: Any, api: respx.MockRouter) -> None:
    """Before: `RuntimeWarning: coroutine ... was never awaited`, and the callback never ran."""
    states = [{**R1, "status": "started", "training_progress": "10/100"},
              {**R1, "status": "completed", "training_progress": "100/100"}]  # fmt: skip
    api.get("/v2/replicas/r1").mock(side_effect=[httpx.Response(200, json=s) for s in states])
    seen: list[str | None] = []

    async def on_progress(state: tavus.JobState[object]) -> None:
        await asyncio.sleep(0)
        seen.append(state.status)

    await aclient.replicas.wait("r1", on_progress=on_progress)
    assert seen == ["started", "completed"]


def test_the_sync_client_refuses_a_coroutine_on_progress_and_says_why(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(200, json={**R1, "status": "started"})

    async def on_progress(state: tavus.JobState[object]) -> None:
        pass

    with pytest.raises(tavus.TavusValidationError, match="on_progress: must be a plain function with Tavus"):
        client.replicas.wait("r1", on_progress=on_progress)


def test_one_progress_printer_serves_every_wait(client: Any, api: respx.MockRouter) -> None:
    """JobState is covariant: a Callable[[JobState[object]], None] fits every wait() (mypy checks
    this too, in tests/typing)."""
    api.get("/v2/videos/v1").respond(200, json={**V1, "status": "ready"})
    api.get("/v2/documents/d1").respond(200, json={**D1, "status": "ready"})
    api.get("/v2/transcriptions/t1").respond(200, json={"transcription_id": "t1", "status": "completed"})
    seen: list[object] = []

    def show(state: tavus.JobState[object]) -> None:
        seen.append(state.value)

    client.videos.wait("v1", on_progress=show)
    client.documents.wait("d1", on_progress=show)
    client.transcriptions.wait("t1", on_progress=show)
    assert [type(v).__name__ for v in seen] == [
        "Video", "Document", "Transcription"
    ]  # fmt: skip
