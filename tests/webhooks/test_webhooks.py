"""tavus.webhooks: every documented payload parses to its typed event; nothing unknown raises."""

from __future__ import annotations

import json

import pytest

from tavus import TavusError
from tavus import webhooks as wh

VIDEO_READY = {
    "created_at": "2024-08-28 15:27:40.824457",
    "data": {"script": "Hello"},
    "download_url": "https://stream.example/high.mp4",
    "generation_progress": "100/100",
    "hosted_url": "https://videos.example/video/1e30440cf9",
    "replica_id": "r79e1c033f",
    "status": "ready",
    "status_details": "Your request has processed successfully!",
    "stream_url": "https://stream.example/x.m3u8",
    "video_id": "1e30440cf9",
}


def _conversation(event_type: str, **properties: object) -> dict[str, object]:
    return {
        "properties": {"replica_id": "r1", **properties},
        "conversation_id": "c123",
        "webhook_url": "https://example.com/hook",
        "event_type": event_type,
        "message_type": event_type.split(".")[0],
        "timestamp": "2025-07-11T06:45:47.472000Z",
    }


def test_replica_training_completed_and_errored() -> None:
    done = wh.parse(json.dumps({"replica_id": "r1", "status": "ready"}).encode())
    assert isinstance(done, wh.ReplicaTrainingEvent)
    assert done.replica_id == "r1"
    assert done.succeeded
    failed = wh.parse({"replica_id": "r1", "status": "error", "error_message": "no consent statement"})
    assert isinstance(failed, wh.ReplicaTrainingEvent)
    assert not failed.succeeded
    assert failed.error_message == "no consent statement"


def test_video_generation_ready_and_errored() -> None:
    ready = wh.parse(json.dumps(VIDEO_READY))
    assert isinstance(ready, wh.VideoGenerationEvent)
    assert ready.succeeded
    assert ready.download_url == VIDEO_READY["download_url"]
    assert ready.generation_progress == "100/100"
    errored = wh.parse({**VIDEO_READY, "status": "error", "download_url": None, "status_details": "bad input"})
    assert isinstance(errored, wh.VideoGenerationEvent)
    assert not errored.succeeded
    assert errored.download_url is None
    assert errored.status_details == "bad input"


@pytest.mark.parametrize(
    ("event_type", "properties", "cls", "attribute", "expected"),
    [
        ("system.replica_joined", {}, wh.ReplicaJoinedEvent, "event_type", "system.replica_joined"),
        ("system.shutdown", {"shutdown_reason": "max_call_duration reached"}, wh.ShutdownEvent,
         "shutdown_reason", "max_call_duration reached"),
        ("application.transcription_ready", {"transcript": [{"role": "user", "content": "hi"}, "junk"]},
         wh.TranscriptionReadyEvent, "transcript", [{"role": "user", "content": "hi"}]),
        ("application.recording_ready", {"s3_key": "rec/c123.mp4", "bucket_name": "b"}, wh.RecordingReadyEvent,
         "s3_key", "rec/c123.mp4"),
        ("application.perception_analysis", {"analysis": "The user wore glasses."}, wh.PerceptionAnalysisEvent,
         "analysis", "The user wore glasses."),
    ],
)  # fmt: skip
def test_conversation_events(
    event_type: str, properties: dict[str, object], cls: type, attribute: str, expected: object
) -> None:
    event = wh.parse(_conversation(event_type, **properties))
    assert type(event) is cls
    assert isinstance(event, wh.ConversationEvent)
    assert event.conversation_id == "c123"
    assert getattr(event, attribute) == expected


def test_unknown_conversation_event_type_keeps_raw_payload() -> None:
    payload = _conversation("application.something_new", detail=1)
    event = wh.parse(payload)
    assert type(event) is wh.ConversationEvent
    assert event.event_type == "application.something_new"
    assert event.raw == payload


@pytest.mark.parametrize("payload", [{}, {"hello": "world"}, {"event_type": 5}, {"replica_id": 1, "status": []}])
def test_unknown_shapes_become_unknown_events(payload: dict[str, object]) -> None:
    event = wh.parse(payload)
    assert isinstance(event, wh.UnknownEvent)
    assert event.raw == payload


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", "null", b"\xff\xfe"])
def test_non_object_bodies_raise_a_typed_error(body: bytes | str) -> None:
    with pytest.raises(wh.InvalidWebhookError) as info:
        wh.parse(body)
    assert isinstance(info.value, TavusError)


def test_protected_callback_url_round_trip() -> None:
    token = wh.new_token()
    url = wh.protect_callback_url("https://example.com/hook?a=1", token)
    assert url.startswith("https://example.com/hook?a=1&tavus_token=")
    assert wh.verify_callback_url(url, token)
    assert not wh.verify_callback_url(url, token + "x")
    assert not wh.verify_callback_url("https://example.com/hook?a=1", token)
    assert not wh.verify_callback_url(url + "&tavus_token=other", token)
    assert not wh.verify_callback_url(url, "")
