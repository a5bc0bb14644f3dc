"""Parse what Tavus POSTs to a `callback_url` into typed events, and protect the endpoint.

Supported payloads (shapes from https://docs.tavus.io/sections/webhooks-and-callbacks and
https://docs.tavus.io/sections/troubleshooting/api-callbacks):

- replica training: `{"replica_id", "status": "ready" | "error", "error_message"?}`
- video generation: `{"video_id", "status": "ready" | "error", "download_url", "stream_url",
  "hosted_url", "status_details", "generation_progress", ...}`
- conversation: `{"conversation_id", "event_type", "message_type", "timestamp", "webhook_url",
  "properties": {...}}` with event types `system.replica_joined`, `system.shutdown`
  (`properties.shutdown_reason`), `application.transcription_ready` (`properties.transcript`),
  `application.recording_ready` (`properties.s3_key`, `bucket_name`, `duration`) and
  `application.perception_analysis` (`properties.analysis`).

Anything else becomes an `UnknownEvent` that keeps the raw payload: a new Tavus event type never
raises. Tavus does not sign callbacks, so anyone who learns the URL can post to it. Put a secret
token in the callback URL (`protect_callback_url`) and check it in constant time
(`verify_callback_url`) before trusting an event.
"""

from __future__ import annotations

import hmac
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ._errors import TavusError

__all__ = [
    "ConversationEvent",
    "InvalidWebhookError",
    "PerceptionAnalysisEvent",
    "RecordingReadyEvent",
    "ReplicaJoinedEvent",
    "ReplicaTrainingEvent",
    "ShutdownEvent",
    "TranscriptionReadyEvent",
    "UnknownEvent",
    "VideoGenerationEvent",
    "WebhookEvent",
    "new_token",
    "parse",
    "protect_callback_url",
    "verify_callback_url",
]

TOKEN_PARAM = "tavus_token"
_SUCCESS = frozenset({"ready", "completed"})


class InvalidWebhookError(TavusError, ValueError):
    """The body is not a JSON object, so it cannot be a Tavus callback."""


def _str(raw: Mapping[str, Any], key: str) -> str | None:
    value = raw.get(key)
    return value if isinstance(value, str) else None


@dataclass(frozen=True)
class WebhookEvent:
    """Base of every event; `raw` is the payload as received."""

    raw: dict[str, Any] = field(repr=False)


@dataclass(frozen=True)
class UnknownEvent(WebhookEvent):
    """A payload this version does not know; nothing is lost, see `raw`."""

    event_type: str | None = None


@dataclass(frozen=True)
class ReplicaTrainingEvent(WebhookEvent):
    replica_id: str = ""
    status: str | None = None
    error_message: str | None = None

    @property
    def succeeded(self) -> bool:
        return (self.status or "").lower() in _SUCCESS


@dataclass(frozen=True)
class VideoGenerationEvent(WebhookEvent):
    video_id: str = ""
    status: str | None = None
    download_url: str | None = None
    stream_url: str | None = None
    hosted_url: str | None = None
    status_details: str | None = None
    generation_progress: str | None = None

    @property
    def succeeded(self) -> bool:
        return (self.status or "").lower() in _SUCCESS


@dataclass(frozen=True)
class ConversationEvent(WebhookEvent):
    """A conversation callback; subclasses give the fields of the known event types."""

    conversation_id: str = ""
    event_type: str = ""
    message_type: str | None = None
    timestamp: str | None = None
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReplicaJoinedEvent(ConversationEvent):
    pass


@dataclass(frozen=True)
class ShutdownEvent(ConversationEvent):
    @property
    def shutdown_reason(self) -> str | None:
        return _str(self.properties, "shutdown_reason")


@dataclass(frozen=True)
class TranscriptionReadyEvent(ConversationEvent):
    @property
    def transcript(self) -> list[dict[str, Any]]:
        value = self.properties.get("transcript")
        return [t for t in value if isinstance(t, dict)] if isinstance(value, list) else []


@dataclass(frozen=True)
class RecordingReadyEvent(ConversationEvent):
    @property
    def s3_key(self) -> str | None:
        return _str(self.properties, "s3_key")

    @property
    def bucket_name(self) -> str | None:
        return _str(self.properties, "bucket_name")


@dataclass(frozen=True)
class PerceptionAnalysisEvent(ConversationEvent):
    @property
    def analysis(self) -> str | None:
        return _str(self.properties, "analysis")


_CONVERSATION_EVENTS: dict[str, type[ConversationEvent]] = {
    "system.replica_joined": ReplicaJoinedEvent,
    "system.shutdown": ShutdownEvent,
    "application.transcription_ready": TranscriptionReadyEvent,
    "application.recording_ready": RecordingReadyEvent,
    "application.perception_analysis": PerceptionAnalysisEvent,
}


def _load(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise InvalidWebhookError(f"callback body is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise InvalidWebhookError(f"callback body must be a JSON object, got {type(data).__name__}")
    return data


def parse(body: bytes | str | Mapping[str, Any]) -> WebhookEvent:
    """The typed event for a callback body (raw bytes, text, or an already decoded dict)."""
    raw = _load(body)
    event_type = _str(raw, "event_type")
    if event_type is not None and _str(raw, "conversation_id") is not None:
        cls = _CONVERSATION_EVENTS.get(event_type, ConversationEvent)
        properties = raw.get("properties")
        return cls(
            raw=raw,
            conversation_id=_str(raw, "conversation_id") or "",
            event_type=event_type,
            message_type=_str(raw, "message_type"),
            timestamp=_str(raw, "timestamp"),
            properties=dict(properties) if isinstance(properties, Mapping) else {},
        )
    if _str(raw, "video_id") is not None:
        return VideoGenerationEvent(
            raw=raw,
            video_id=_str(raw, "video_id") or "",
            status=_str(raw, "status"),
            download_url=_str(raw, "download_url"),
            stream_url=_str(raw, "stream_url"),
            hosted_url=_str(raw, "hosted_url"),
            status_details=_str(raw, "status_details"),
            generation_progress=_str(raw, "generation_progress"),
        )
    if _str(raw, "replica_id") is not None and "status" in raw:
        return ReplicaTrainingEvent(
            raw=raw,
            replica_id=_str(raw, "replica_id") or "",
            status=_str(raw, "status"),
            error_message=_str(raw, "error_message"),
        )
    return UnknownEvent(raw=raw, event_type=event_type)


def new_token() -> str:
    """A fresh random secret for a callback URL (32 bytes, URL-safe)."""
    return secrets.token_urlsafe(32)


def protect_callback_url(url: str, token: str) -> str:
    """`url` with the secret `token` added as a query parameter; give this URL to Tavus."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != TOKEN_PARAM]
    query.append((TOKEN_PARAM, token))
    return urlunsplit(parts._replace(query=urlencode(query)))


def verify_callback_url(url: str, token: str) -> bool:
    """Whether the URL a callback arrived at carries `token`, compared in constant time."""
    received = [v for k, v in parse_qsl(urlsplit(url).query, keep_blank_values=True) if k == TOKEN_PARAM]
    if len(received) != 1 or not token:
        return False
    return hmac.compare_digest(received[0].encode(), token.encode())
