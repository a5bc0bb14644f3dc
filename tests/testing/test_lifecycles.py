"""Jobs on the controlled clock: replicas, videos, conversations, documents, transcriptions, lipsyncs,
replacements; their callbacks and failures."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from tavus.testing import FakeSettings, FakeTavus

from . import _helpers as h
from .conftest import client_for

FAIL = FakeTavus.FAIL_MARKER


def test_replica_training_progresses_then_completes_with_a_callback(fake: FakeTavus, http: httpx.Client) -> None:
    replica_id = h.replica(http, fake, trained=False, callback_url=h.HOOK)
    total = fake.settings.replica_training_seconds
    seen = []
    for _ in range(4):
        got = h.ok(http.get(f"/v2/replicas/{replica_id}"))
        seen.append((got["status"], got["training_progress"]))
        fake.advance(total / 4)
    assert seen == [("started", "0/100"), ("started", "25/100"), ("started", "50/100"), ("started", "75/100")]
    assert fake.callbacks == [(h.HOOK, {"replica_id": replica_id, "status": "ready"})]
    got = h.ok(http.get(f"/v2/replicas/{replica_id}"))
    assert (got["status"], got["training_progress"], got["error_message"]) == ("completed", "100/100", None)
    assert got["thumbnail_video_url"].startswith("https://")
    assert got["updated_at"] == "2025-01-01T00:10:00.000Z"


def test_replica_training_fails_on_the_marker(fake: FakeTavus, http: httpx.Client) -> None:
    url = f"https://example.com/{FAIL}.mp4"
    replica_id = h.replica(http, fake, trained=False, train_video_url=url, callback_url=h.HOOK)
    fake.advance(fake.settings.replica_training_seconds)
    got = h.ok(http.get(f"/v2/replicas/{replica_id}"))
    assert (got["status"], got["training_progress"]) == ("error", "30/100")
    assert got["error_message"] == "Training failed: train_video_url could not be processed."
    assert fake.callbacks == [
        (h.HOOK, {"replica_id": replica_id, "status": "error", "error_message": got["error_message"]})
    ]


def test_training_time_is_a_setting() -> None:
    with FakeTavus(settings=FakeSettings(replica_training_seconds=10)) as fake, client_for(fake) as http:
        replica_id = h.replica(http, fake, trained=False)
        fake.advance(9.9)
        assert h.ok(http.get(f"/v2/replicas/{replica_id}"))["status"] == "started"
        fake.settings.replica_training_seconds = 1  # applies to jobs started later
        fake.advance(0.1)
        assert h.ok(http.get(f"/v2/replicas/{replica_id}"))["status"] == "completed"


def test_video_generation_queued_generating_ready(fake: FakeTavus, http: httpx.Client) -> None:
    replica_id = h.replica(http, fake)
    video_id = h.video(http, replica_id, callback_url=h.HOOK)
    settings = fake.settings

    def state() -> dict[str, Any]:
        return dict(h.ok(http.get(f"/v2/videos/{video_id}", params={"verbose": "true"})))

    first = state()
    assert (first["status"], first["generation_progress"]) == ("queued", "0/100")
    assert "download_url" not in first
    fake.advance(settings.video_queue_seconds + settings.video_generation_seconds / 2)
    assert (state()["status"], state()["generation_progress"]) == ("generating", "50/100")
    fake.advance(settings.video_generation_seconds / 2)
    ready = state()
    assert (ready["status"], ready["generation_progress"]) == ("ready", "100/100")
    for key in ("download_url", "stream_url", "hosted_url", "still_image_thumbnail_url", "gif_thumbnail_url"):
        assert ready[key].startswith("https://")
    ((url, payload),) = fake.callbacks  # the replica had no callback_url
    assert url == h.HOOK
    assert payload["video_id"] == video_id
    assert payload["status"] == "ready"
    assert payload["download_url"] == ready["download_url"]
    assert payload["generation_progress"] == "100/100"
    assert payload["created_at"] == "2025-01-01 00:10:00.000000"


def test_fast_videos_have_no_stream_or_thumbnails(fake: FakeTavus, http: httpx.Client) -> None:
    video_id = h.video(http, h.replica(http, fake), fast=True)
    fake.advance(3600)
    ready = h.ok(http.get(f"/v2/videos/{video_id}", params={"verbose": "true"}))
    assert "download_url" in ready
    assert "stream_url" not in ready
    assert "gif_thumbnail_url" not in ready


def test_video_generation_fails_on_the_marker(fake: FakeTavus, http: httpx.Client) -> None:
    video_id = h.video(http, h.replica(http, fake), script=f"say {FAIL}", callback_url=h.HOOK)
    fake.advance(3600)
    got = h.ok(http.get(f"/v2/videos/{video_id}"))
    assert got["status"] == "error"
    assert "download_url" not in got
    (_, payload) = fake.callbacks[-1]
    assert payload["status"] == "error"
    assert payload["download_url"] is None
    assert payload["status_details"] == got["status_details"] == got["error_details"]


def test_conversation_events_until_end(fake: FakeTavus, http: httpx.Client) -> None:
    conversation_id = h.conversation(http, FakeTavus.STOCK_REPLICA_ID, callback_url=h.HOOK, custom_greeting="Hello!")
    fake.advance(fake.settings.conversation_join_seconds)
    h.ok(http.post(f"/v2/conversations/{conversation_id}/end"))
    fake.advance(fake.settings.transcript_delay_seconds)
    events = [payload for url, payload in fake.callbacks if url == h.HOOK]
    assert [e["event_type"] for e in events] == [
        "system.replica_joined",
        "system.shutdown",
        "application.transcription_ready",
    ]
    assert [e["message_type"] for e in events] == ["system", "system", "application"]
    assert all(e["conversation_id"] == conversation_id and e["webhook_url"] == h.HOOK for e in events)
    assert events[0]["timestamp"] == "2025-01-01T00:00:05.000000Z"
    assert events[1]["properties"] == {
        "replica_id": FakeTavus.STOCK_REPLICA_ID,
        "shutdown_reason": "end_conversation_endpoint_hit",
    }
    assert events[2]["properties"]["transcript"][-1] == {"role": "assistant", "content": "Hello!"}
    assert h.ok(http.get(f"/v2/conversations/{conversation_id}"))["status"] == "ended"


def test_test_mode_conversations_are_created_ended_and_silent(fake: FakeTavus, http: httpx.Client) -> None:
    created = h.ok(
        http.post(
            "/v2/conversations",
            json={"replica_id": FakeTavus.STOCK_REPLICA_ID, "test_mode": True, "callback_url": h.HOOK},
        )
    )
    assert created["status"] == "ended"
    fake.advance(7200)
    assert fake.callbacks == []


def test_conversations_end_themselves_when_nobody_joins(fake: FakeTavus, http: httpx.Client) -> None:
    absent = h.conversation(http, FakeTavus.STOCK_REPLICA_ID, callback_url=h.HOOK)
    short = h.conversation(
        http,
        FakeTavus.STOCK_REPLICA_ID,
        callback_url=h.HOOK,
        properties={"max_call_duration": 60, "participant_absent_timeout": 600},
    )
    fake.advance(299)
    assert h.ok(http.get(f"/v2/conversations/{absent}"))["status"] == "active"
    assert h.ok(http.get(f"/v2/conversations/{short}"))["status"] == "ended"
    fake.advance(1)
    assert h.ok(http.get(f"/v2/conversations/{absent}"))["status"] == "ended"
    reasons = {
        p["conversation_id"]: p["properties"]["shutdown_reason"]
        for _, p in fake.callbacks
        if p["event_type"] == "system.shutdown"
    }
    assert reasons == {short: "max_call_duration", absent: "participant_absent_timeout"}


def test_timeouts_out_of_any_clock_range_still_end_or_outlive_the_test(fake: FakeTavus, http: httpx.Client) -> None:
    """The contract's timeouts are bare integers: one already over shuts the call down on creation, a
    huge one never comes (neither may crash the fake's event times; hypothesis drew -3.8e37)."""
    over = h.conversation(http, FakeTavus.STOCK_REPLICA_ID, properties={"participant_absent_timeout": -(10**37)})
    never = h.conversation(
        http, FakeTavus.STOCK_REPLICA_ID, properties={"max_call_duration": 10**40, "participant_absent_timeout": 10**40}
    )
    fake.advance(3600)
    ended = h.ok(http.get(f"/v2/conversations/{over}", params={"verbose": True}))
    assert ended["status"] == "ended"
    assert {"system.shutdown"} <= {e["event_type"] for e in ended["events"]}
    assert h.ok(http.get(f"/v2/conversations/{never}"))["status"] == "active"


@pytest.mark.parametrize(
    ("storage", "bucket"),
    [
        ({"recording_s3_bucket_name": "calls"}, "calls"),  # the deprecated flat field
        (
            {"recording_storage": {"provider": "s3", "bucket_name": "calls-eu", "bucket_region": "eu-north-1"}},
            "calls-eu",
        ),
        ({"recording_storage": {"provider": "azure_blob", "storage_account": "acct", "container": "rec"}}, "rec"),
    ],
)
def test_recordings_announce_themselves(
    fake: FakeTavus, http: httpx.Client, storage: dict[str, Any], bucket: str
) -> None:
    properties = {"enable_recording": True, **storage}
    conversation_id = h.conversation(http, FakeTavus.STOCK_REPLICA_ID, callback_url=h.HOOK, properties=properties)
    http.post(f"/v2/conversations/{conversation_id}/end")
    fake.advance(60)
    (recording,) = [p for _, p in fake.callbacks if p["event_type"] == "application.recording_ready"]
    assert recording["properties"]["bucket_name"] == bucket
    verbose = h.ok(http.get(f"/v2/conversations/{conversation_id}", params={"verbose": "true"}))
    assert verbose["events"][-1]["properties"]["bucket_name"] == bucket


def test_transcription_completes_with_its_text_and_a_callback(fake: FakeTavus, http: httpx.Client) -> None:
    transcription_id = h.transcription(http)
    fake.advance(fake.settings.transcription_seconds - 1)
    assert "text" not in h.ok(http.get(f"/v2/transcriptions/{transcription_id}"))
    assert fake.callbacks == []
    fake.advance(1)
    got = h.ok(http.get(f"/v2/transcriptions/{transcription_id}"))
    assert got["status"] == "completed"
    assert got["text"]
    assert fake.callbacks == [(h.HOOK, got)]


def test_a_generated_video_transcribes_to_its_script(fake: FakeTavus, http: httpx.Client) -> None:
    video_id = h.video(http, FakeTavus.STOCK_REPLICA_ID, script="Welcome to Acme, Jane.")
    fake.advance(3600)
    download_url = h.ok(http.get(f"/v2/videos/{video_id}"))["download_url"]
    transcription_id = h.transcription(http, file_url=download_url)
    fake.advance(fake.settings.transcription_seconds)
    assert h.ok(http.get(f"/v2/transcriptions/{transcription_id}"))["text"] == "Welcome to Acme, Jane."


def test_transcription_fails_on_the_marker(fake: FakeTavus, http: httpx.Client) -> None:
    transcription_id = h.transcription(http, file_url=f"https://example.com/{FAIL}.mp4")
    fake.advance(fake.settings.transcription_seconds)
    got = h.ok(http.get(f"/v2/transcriptions/{transcription_id}"))
    assert got["status"] == "error"
    assert "text" not in got
    ((url, payload),) = fake.callbacks
    assert (url, payload["status"], payload["error_message"]) == (h.HOOK, "error", "file_url could not be processed.")


def test_deleting_a_transcription_cancels_its_callback(fake: FakeTavus, http: httpx.Client) -> None:
    http.delete(f"/v2/transcriptions/{h.transcription(http)}")
    fake.advance(3600)
    assert fake.callbacks == []


def test_lipsync_completes_with_a_video(fake: FakeTavus, http: httpx.Client) -> None:
    lipsync_id = h.lipsync(http, callback_url=h.HOOK)
    assert "video_url" not in h.ok(http.get(f"/v2/lipsync/{lipsync_id}"))
    fake.advance(fake.settings.lipsync_seconds)
    got = h.ok(http.get(f"/v2/lipsync/{lipsync_id}"))
    assert got["status"] == "completed"
    assert got["video_url"].endswith(f"{lipsync_id}.mp4")
    assert fake.callbacks == [(h.HOOK, got)]
    failing = h.lipsync(http, source_audio_url=f"https://example.com/{FAIL}.mp3")
    fake.advance(fake.settings.lipsync_seconds)
    assert h.ok(http.get(f"/v2/lipsync/{failing}"))["status"] == "error"


def test_replacement_completes_or_fails(fake: FakeTavus, http: httpx.Client) -> None:
    done = h.replacement(http, callback_url=h.HOOK)
    failing = h.replacement(http, original_video_url=f"https://example.com/{FAIL}.mp4", callback_url=h.HOOK)
    fake.advance(fake.settings.replacement_seconds * fake.settings.failure_point)
    assert h.ok(http.get(f"/v2/replacements/{failing}"))["status"] == "error"
    assert h.ok(http.get(f"/v2/replacements/{done}"))["status"] == "started"
    fake.advance(fake.settings.replacement_seconds)
    assert h.ok(http.get(f"/v2/replacements/{done}"))["status"] == "completed"
    assert [(p["replacement_id"], p["status"]) for _, p in fake.callbacks] == [(failing, "error"), (done, "completed")]


def test_deleting_cancels_pending_callbacks(fake: FakeTavus, http: httpx.Client) -> None:
    replica_id = h.replica(http, fake, trained=False, callback_url=h.HOOK)
    http.delete(f"/v2/replicas/{replica_id}")
    fake.advance(3600)
    assert fake.callbacks == []


def test_document_processing_and_recrawl(fake: FakeTavus, http: httpx.Client) -> None:
    document_id = h.document(http, crawl={"depth": 1, "max_pages": 2}, callback_url=h.HOOK)
    seconds = fake.settings.document_processing_seconds
    fake.advance(seconds / 2)
    processing = h.ok(http.get(f"/v2/documents/{document_id}"))
    assert (processing["status"], processing["progress"]) == ("processing", 50)  # an integer percentage
    conflict = http.post(f"/v2/documents/{document_id}/recrawl")
    assert (conflict.status_code, conflict.json()) == (
        409,
        {"error": "Document must be in 'ready' or 'error' state to recrawl, current status: processing"},
    )
    fake.advance(seconds / 2)
    ready = h.ok(http.get(f"/v2/documents/{document_id}"))
    assert (ready["status"], ready["crawl_count"], ready["progress"]) == ("ready", 1, None)
    assert ready["crawled_urls"] == ["https://docs.example.com/guide", "https://docs.example.com/guide/page-1"]
    assert fake.callbacks[-1] == (h.HOOK, ready)

    recrawl = h.ok(http.post(f"/v2/documents/{document_id}/recrawl", json={"crawl": {"max_pages": 5}}), 202)
    assert (recrawl["status"], recrawl["crawl_config"], recrawl["progress"]) == (
        "recrawling",
        {"depth": 1, "max_pages": 5},
        0,
    )
    fake.advance(seconds / 4)
    assert h.ok(http.get(f"/v2/documents/{document_id}"))["progress"] == 25
    fake.advance(seconds * 3 / 4)
    assert h.ok(http.get(f"/v2/documents/{document_id}"))["crawl_count"] == 2
    cooldown = http.post(f"/v2/documents/{document_id}/recrawl")
    assert (cooldown.status_code, cooldown.json()) == (
        429,
        {"error": "Recrawl cooldown: please wait 60 minutes before recrawling this document."},
    )
    fake.advance(fake.settings.recrawl_cooldown_seconds)
    assert http.post(f"/v2/documents/{document_id}/recrawl").status_code == 202


def test_recrawl_needs_a_crawl_configuration(fake: FakeTavus, http: httpx.Client) -> None:
    document_id = h.document(http)
    fake.advance(fake.settings.document_processing_seconds)
    response = http.post(f"/v2/documents/{document_id}/recrawl")
    assert response.json() == {"error": "crawl: Document was not created with crawl configuration"}
    assert http.post(f"/v2/documents/{document_id}/recrawl", json={"crawl": {"depth": 1}}).status_code == 202


def test_crawl_limits() -> None:
    settings = FakeSettings(max_concurrent_crawls=2, max_crawl_documents=3)
    with FakeTavus(settings=settings) as fake, client_for(fake) as http:
        crawl = {"crawl": {"depth": 1}}
        h.document(http, **crawl)
        h.document(http, **crawl)
        busy = http.post("/v2/documents", json={"document_url": "https://a.example.com/", **crawl})
        assert busy.status_code == 429
        assert busy.json()["error"].startswith("Concurrent crawl limit reached (2)")
        h.document(http)  # not a crawl: not limited
        fake.advance(fake.settings.document_processing_seconds)
        h.document(http, **crawl)
        full = http.post("/v2/documents", json={"document_url": "https://a.example.com/", **crawl})
        assert full.status_code == 429
        assert full.json()["error"].startswith("Crawl document limit reached (3)")


def test_document_processing_fails_on_the_marker(fake: FakeTavus, http: httpx.Client) -> None:
    document_id = h.document(http, document_url=f"https://example.com/{FAIL}.pdf")
    fake.advance(fake.settings.document_processing_seconds)
    got = h.ok(http.get(f"/v2/documents/{document_id}"))
    assert (got["status"], got["error_message"], got["progress"]) == ("error", "file_download_failed", None)


def test_on_callback_is_called_as_callbacks_happen() -> None:
    received: list[tuple[str, dict[str, Any]]] = []
    with FakeTavus(on_callback=lambda url, payload: received.append((url, payload))) as fake:
        http = client_for(fake)
        replica_id = h.replica(http, fake, trained=False, callback_url=h.HOOK)
        assert received == []
        fake.advance(fake.settings.replica_training_seconds)
        assert received == [(h.HOOK, {"replica_id": replica_id, "status": "ready"})] == fake.callbacks


def test_time_scale_runs_on_real_time() -> None:
    settings = FakeSettings(replica_training_seconds=100)
    with FakeTavus(time_scale=1000, settings=settings) as fake, client_for(fake) as http:
        start = fake.now()
        assert abs(start - time.time()) < 5  # scaled clocks start at the wall time
        replica_id = h.replica(http, fake, trained=False)
        time.sleep(0.2)  # 200 fake seconds
        assert h.ok(http.get(f"/v2/replicas/{replica_id}"))["status"] == "completed"
        fake.advance(1000)  # advance still works on top
        assert fake.now() - start >= 1200


def test_an_external_clock_can_drive_the_fake() -> None:
    now = [100.0]
    with FakeTavus(clock=lambda: now[0]) as fake:
        assert fake.now() == 100.0
        now[0] = 160.0
        assert fake.now() == 160.0
        fake.advance(5)
        assert fake.now() == 165.0


def test_the_manual_clock_is_deterministic_and_forward_only(fake: FakeTavus) -> None:
    assert fake.now() == 1_735_689_600.0  # 2025-01-01T00:00:00Z
    fake.advance(1.5)
    assert fake.now() == 1_735_689_601.5
    with pytest.raises(ValueError, match="backwards"):
        fake.advance(-1)
