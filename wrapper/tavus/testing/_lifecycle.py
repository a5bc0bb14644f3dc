"""Timed state machines: what happens to replicas, videos, conversations and documents as time passes.

* replica: `started` (training_progress "0/100" .. "99/100") -> `completed` ("100/100") after
  `replica_training_seconds`; or `error` at `failure_point` of the way.
* video: `queued` -> `generating` after `video_queue_seconds` -> `ready` after
  `video_generation_seconds` more (download/stream/hosted links appear); or `error` midway.
* conversation: `active` -> `ended` by endConversation, or on its own once
  `participant_absent_timeout` (default 300 s; no participant ever joins a fake room) or
  `max_call_duration` (default 3600 s) runs out. `test_mode: true` creates it `ended` and the
  replica never joins, as createConversation documents.
  Every event is also kept on the conversation for `getConversation?verbose=true`.
* document: `started` -> `processing` (after a tenth of the job) -> `ready`; a recrawl goes
  `recrawling` -> `ready`. Or `error` at the end.
* transcription, lipsync, replacement: `started` -> `completed` after their `*_seconds` setting
  (a transcription then has its `text`, a lipsync its `video_url`), or `error` at `failure_point`.

A job fails when one of its input URLs (or the script) contains `FAIL_MARKER`.
Every scheduled step re-checks that its record still exists and is still in the expected state,
so deleting or ending something cancels what was pending for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._callbacks import conversation_event, job_payload, replica_payload, timed_transcript, transcript, video_payload
from ._clock import iso
from ._render import document_view
from ._store import JSON, Conversation, Document, Job, Replica, State, Video

FAIL_MARKER = "tavus-fake-fail"
DEFAULT_ABSENT_TIMEOUT = 300
DEFAULT_MAX_CALL_DURATION = 3600
# The contract types the timeouts as bare integers (no minimum or maximum). A timeout of 0 or less is
# already over: the call shuts down on creation. One beyond a century never fires in a test, and
# keeps every event time a date (a timestamp of 1e37 seconds is none: `iso()` would overflow).
LONGEST_TIMEOUT = 100 * 365 * 24 * 3600


def marked(*values: Any) -> str | None:
    """The first value containing FAIL_MARKER, if any."""
    return next((v for v in values if isinstance(v, str) and FAIL_MARKER in v), None)


def start_replica_training(state: State, replica: Replica) -> None:
    body = replica.body
    culprit = next(
        (key for key in ("train_video_url", "train_image_url", "consent_video_url") if marked(body.get(key))),
        None,
    )
    fraction = state.settings.failure_point if culprit else 1.0
    due = replica.created_at + replica.training_seconds * fraction

    def finish(at: float) -> None:
        current = state.replicas.get(replica.replica_id)
        if current is not replica or replica.deleted or replica.status != "started":
            return
        replica.updated_at = at
        if culprit:
            replica.status = "error"
            replica.stopped_progress = int(fraction * 100)
            replica.error_message = f"Training failed: {culprit} could not be processed."
        else:
            replica.status = "completed"
        state.emit(body.get("callback_url"), replica_payload(replica))

    state.timeline.at(due, finish)


def start_video_generation(state: State, video: Video) -> None:
    body = video.body
    culprit = next(
        (key for key in ("script", "audio_url", "background_url", "background_source_url") if marked(body.get(key))),
        None,
    )
    generating_at = video.created_at + video.queue_seconds
    fraction = state.settings.failure_point if culprit else 1.0

    def alive(expected: str) -> bool:
        return state.videos.get(video.video_id) is video and not video.deleted and video.status == expected

    def generate(at: float) -> None:
        if alive("queued"):
            video.status, video.updated_at = "generating", at

    def finish(at: float) -> None:
        if not alive("generating"):
            return
        video.updated_at = at
        if culprit:
            video.status = "error"
            video.stopped_progress = int(fraction * 100)
            video.error_details = f"An error occurred while generating this request: {culprit} could not be processed."
        else:
            video.status = "ready"
        state.emit(body.get("callback_url"), video_payload(video, at))

    state.timeline.at(generating_at, generate)
    state.timeline.at(generating_at + video.generation_seconds * fraction, finish)


def start_conversation(state: State, conversation: Conversation) -> None:
    body = conversation.body
    if body.get("test_mode"):
        conversation.status = "ended"
        return
    properties = body.get("properties", {})
    absent = properties.get("participant_absent_timeout", DEFAULT_ABSENT_TIMEOUT)
    longest = properties.get("max_call_duration", DEFAULT_MAX_CALL_DURATION)
    reason = "participant_absent_timeout" if absent <= longest else "max_call_duration"

    def alive() -> bool:
        current = state.conversations.get(conversation.conversation_id)
        return current is conversation and not conversation.deleted and conversation.status == "active"

    def joined(at: float) -> None:
        if alive():
            record_event(conversation, "system.replica_joined", at)
            event = conversation_event(conversation, "system.replica_joined", at)
            state.emit(body.get("callback_url"), event)

    def timeout(at: float) -> None:
        if alive():
            end_conversation(state, conversation, reason, at)

    state.timeline.at(conversation.created_at + state.settings.conversation_join_seconds, joined)
    delay = max(0, min(absent, longest, LONGEST_TIMEOUT))
    state.timeline.at(conversation.created_at + delay, timeout)


def record_event(conversation: Conversation, event_type: str, at: float, properties: JSON | None = None) -> None:
    """Keep an event for getConversation's `verbose` view: `{"event_type", "timestamp", "properties"?}`."""
    event: JSON = {"event_type": event_type, "timestamp": iso(at)}
    if properties is not None:
        event["properties"] = properties
    conversation.events.append(event)


def recording_bucket(properties: JSON) -> str | None:
    """Where a recording goes: `recording_storage` (bucket or container), else the deprecated flat field."""
    storage = properties.get("recording_storage") or {}
    return storage.get("bucket_name") or storage.get("container") or properties.get("recording_s3_bucket_name")


def end_conversation(state: State, conversation: Conversation, reason: str, at: float) -> None:
    """Shut the room down now; the transcript (and recording) callbacks follow a little later."""
    conversation.status, conversation.updated_at, conversation.shutdown_reason = "ended", at, reason
    url = conversation.body.get("callback_url")
    record_event(conversation, "system.shutdown", at, {"reason": reason})
    state.emit(url, conversation_event(conversation, "system.shutdown", at, shutdown_reason=reason))

    def after(later: float) -> None:
        if state.conversations.get(conversation.conversation_id) is not conversation:
            return
        history = transcript(conversation)
        record_event(
            conversation,
            "application.transcription_ready",
            later,
            {"transcript": timed_transcript(conversation, state.settings.conversation_join_seconds)},
        )
        state.emit(url, conversation_event(conversation, "application.transcription_ready", later, transcript=history))
        properties = conversation.body.get("properties", {})
        bucket = recording_bucket(properties)
        if properties.get("enable_recording") and bucket:
            key = f"{conversation.conversation_id}/{int(later)}.mp4"
            record_event(conversation, "application.recording_ready", later, {"bucket_name": bucket, "s3_key": key})
            event = conversation_event(
                conversation, "application.recording_ready", later, bucket_name=bucket, s3_key=key
            )
            state.emit(url, event)

    state.timeline.at(at + state.settings.transcript_delay_seconds, after)


def crawled_urls(document: Document) -> list[str]:
    config = document.crawl_config or {}
    pages = min(int(config.get("max_pages", 10)), 1 + 2 * int(config.get("depth", 1)))
    root = document.document_url.rstrip("/")
    return [document.document_url, *(f"{root}/page-{n}" for n in range(1, pages))]


def start_document_job(state: State, document: Document, now: float, *, recrawl: bool) -> None:
    document.job += 1
    job = document.job
    document.status = "recrawling" if recrawl else "started"
    document.job_started, document.job_seconds = now, state.settings.document_processing_seconds
    document.updated_at, document.error_message = now, None
    culprit = marked(document.document_url)

    def alive() -> bool:
        current = state.documents.get(document.document_id)
        return current is document and not document.deleted and document.job == job

    def processing(at: float) -> None:
        if alive() and document.status == "started":
            document.status, document.updated_at = "processing", at

    def finish(at: float) -> None:
        if not alive():
            return
        document.updated_at = at
        if culprit:
            document.status = "error"
            # an error code, as the contract lists them
            document.error_message = "website_processing_failed" if document.crawl_config else "file_download_failed"
        else:
            document.status = "ready"
            if document.crawl_config is not None:
                document.crawled_urls = crawled_urls(document)
                document.crawl_count = (document.crawl_count or 0) + 1
                document.last_crawled_at = at
        state.emit(document.callback_url, document_view(document, at))

    if not recrawl:
        state.timeline.at(now + document.job_seconds / 10, processing)
    state.timeline.at(now + document.job_seconds, finish)


def start_job(
    state: State,
    records: dict[str, Job],
    job: Job,
    inputs: tuple[str, ...],
    view: Callable[[Job], JSON],
    complete: Callable[[Job], None] | None = None,
) -> None:
    """Run a one-step job: `completed` after `job.seconds` (`complete` sets what it produced), or
    `error` at `failure_point` when one of its `inputs` contains FAIL_MARKER; then its callback:
    the job as `view` renders it (plus `error_message` on error)."""
    culprit = next((key for key in inputs if marked(job.body.get(key))), None)
    fraction = state.settings.failure_point if culprit else 1.0

    def finish(at: float) -> None:
        if records.get(job.id) is not job or job.deleted or job.status != "started":
            return
        job.updated_at = at
        if culprit:
            job.status = "error"
            job.error_message = f"{culprit} could not be processed."
        else:
            job.status = "completed"
            if complete is not None:
                complete(job)
        state.emit(job.body.get("callback_url"), job_payload(view(job), job))

    state.timeline.at(job.created_at + job.seconds * fraction, finish)
