"""Callback payloads, shaped after Tavus's "Webhooks and Callbacks" documentation.

Sent to a resource's `callback_url` when its state changes:

* replica, training finished or failed (note: the docs use `ready` here, the API `completed`):
  `{"replica_id", "status": "ready" | "error", "error_message"?}`
* video, generation finished or failed:
  `{"video_id", "video_name", "replica_id", "status": "ready" | "error", "status_details",
  "generation_progress", "data": {"script"}, "download_url", "stream_url", "hosted_url",
  "error_details"?, "created_at", "updated_at"}` (`"2024-08-28 15:27:40.824457"` timestamps)
* conversation events: `{"conversation_id", "webhook_url", "event_type", "message_type",
  "timestamp", "properties": {"replica_id", ...}}` with event types
  `system.replica_joined`, `system.shutdown` (`properties.shutdown_reason`),
  `application.transcription_ready` (`properties.transcript`: list of `{"role", "content"}`) and
  `application.recording_ready` (`properties.bucket_name`, `properties.s3_key`) when recording to a
  bucket (`properties.recording_storage`, or the deprecated `recording_s3_bucket_name`).
* document, processing finished or failed: the document as getDocument returns it.
* transcription, lipsync, replacement, finished or failed: the job as its get operation returns
  it (a transcription with its `text`), plus `error_message` on error.
"""

from __future__ import annotations

from typing import Any

from ._clock import iso_micro, spaced
from ._render import hosted_url, video_data, video_links, video_progress, video_status_details
from ._store import Conversation, Job, Replica, Video

JSON = dict[str, Any]

SYSTEM_EVENTS = ("system.replica_joined", "system.shutdown")
APPLICATION_EVENTS = ("application.transcription_ready", "application.recording_ready")


def replica_payload(replica: Replica) -> JSON:
    payload: JSON = {"replica_id": replica.replica_id, "status": "ready"}
    if replica.status == "error":
        payload["status"] = "error"
        payload["error_message"] = replica.error_message
    return payload


def video_payload(video: Video, now: float) -> JSON:
    ready = video.status == "ready"
    links = video_links(video) if ready else {}
    return {
        "video_id": video.video_id,
        "video_name": video.video_name,
        "replica_id": video.body["replica_id"],
        "status": video.status,
        "status_details": video_status_details(video),
        "generation_progress": f"{video_progress(video, now)}/100",
        "data": video_data(video),
        "download_url": links.get("download_url"),
        "stream_url": links.get("stream_url"),
        "hosted_url": hosted_url(video.video_id),
        "error_details": None if ready else video.error_details,
        "created_at": spaced(video.created_at),
        "updated_at": spaced(video.updated_at),
    }


def conversation_event(conversation: Conversation, event_type: str, at: float, **properties: Any) -> JSON:
    return {
        "properties": {"replica_id": conversation.replica_id, **properties},
        "conversation_id": conversation.conversation_id,
        "webhook_url": conversation.body.get("callback_url"),
        "event_type": event_type,
        "message_type": event_type.split(".", 1)[0],
        "timestamp": iso_micro(at),
    }


def job_payload(view: JSON, job: Job) -> JSON:
    if job.status == "error":
        return {**view, "error_message": job.error_message}
    return view


def transcript(conversation: Conversation) -> list[JSON]:
    """A short, plausible chat history: the context the replica got and its greeting."""
    body = conversation.body
    context = body.get("conversational_context", "You are a helpful assistant.")
    greeting = body.get("custom_greeting", "Hi there! How can I help you today?")
    return [{"role": "system", "content": context}, {"role": "assistant", "content": greeting}]


def timed_transcript(conversation: Conversation, join_seconds: float) -> list[JSON]:
    """The transcript as getConversation's verbose `events` give it: each turn with `timestamp`
    (epoch seconds), `seconds_from_start` and `duration`; the greeting once the replica has joined."""
    turns = []
    for turn, start in zip(transcript(conversation), (0.0, join_seconds), strict=True):
        duration = round(len(turn["content"].split()) * 0.4, 2) if turn["role"] == "assistant" else 0.0
        turns.append(
            {**turn, "timestamp": conversation.created_at + start, "seconds_from_start": start, "duration": duration}
        )
    return turns
