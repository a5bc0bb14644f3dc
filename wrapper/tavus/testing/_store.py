"""In-memory state of the fake: one dict per resource kind keyed by id, plus clock, timeline, outbox.

Soft-deleted records stay in their dict with `deleted=True` (the API answers for them as for a
missing id); hard deletes remove them. `outbox` collects callbacks emitted while handling a request
or running the timeline; the owner (`FakeTavus`) drains and dispatches them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from ._clock import FakeClock
from ._ids import IdFactory
from ._settings import FakeSettings
from ._timeline import Timeline

JSON = dict[str, Any]


@dataclass
class Replica:
    replica_id: str
    body: JSON
    replica_name: str
    replica_type: str
    status: str
    created_at: float
    updated_at: float
    training_seconds: float
    stopped_progress: int | None = None
    error_message: str | None = None
    deleted: bool = False
    # a face's voice references (Create Face's / Update Face's default_voice_id; the one it began with)
    default_voice_id: str | None = None
    original_voice_id: str | None = None


@dataclass
class Video:
    video_id: str
    body: JSON
    video_name: str
    status: str
    created_at: float
    updated_at: float
    queue_seconds: float
    generation_seconds: float
    stopped_progress: int | None = None
    error_details: str | None = None
    deleted: bool = False


@dataclass
class Conversation:
    conversation_id: str
    body: JSON
    replica_id: str
    persona_id: str | None
    status: str
    created_at: float
    updated_at: float
    meeting_token: str | None = None
    shutdown_reason: str | None = None
    # what happened, as getConversation?verbose=true lists it: {"event_type", "timestamp", "properties"?}
    events: list[JSON] = field(default_factory=list)
    deleted: bool = False


@dataclass
class Document:
    document_id: str
    document_name: str
    document_url: str
    callback_url: str | None
    tags: list[str]
    crawl_config: JSON | None
    status: str
    created_at: float
    updated_at: float
    job: int = 0
    job_started: float = 0.0
    job_seconds: float = 0.0
    crawled_urls: list[str] | None = None
    last_crawled_at: float | None = None
    crawl_count: int | None = None
    recrawled_at: float | None = None
    error_message: str | None = None
    deleted: bool = False


@dataclass
class Patchable:
    """A resource whose stored document is edited with JSON Patch: personas, guardrails, objectives,
    pronunciation dictionaries."""

    id: str
    doc: JSON
    created_at: float
    updated_at: float
    system: bool = False
    deleted: bool = False


@dataclass
class Deployment:
    """A deployment: its document (the create body, `status` added; the `password` is never shown),
    the version its `ETag` names (one more on every update), and the conversations started through it."""

    id: str
    doc: JSON
    created_at: float
    updated_at: float
    version: int = 1
    conversations: dict[str, float] = field(default_factory=dict)  # conversation_id -> started at
    deleted: bool = False


@dataclass
class Job:
    """A one-step job on the fake clock: transcriptions, lipsyncs, replacements (`started` -> `completed`
    or `error` after `seconds`). `result` is what completing produced (a transcription's text)."""

    id: str
    body: JSON
    status: str
    created_at: float
    updated_at: float
    seconds: float
    result: str | None = None
    error_message: str | None = None
    deleted: bool = False


@dataclass
class SkillAttachment:
    """A skill attached to a PAL: its config and times."""

    skill_id: str
    config: JSON
    attached_at: float
    updated_at: float


class _Deletable(Protocol):
    deleted: bool


R = TypeVar("R", bound=_Deletable)


def live(records: dict[str, R], record_id: str) -> R | None:
    """The record with this id unless it never existed or was deleted."""
    record = records.get(record_id)
    return None if record is None or record.deleted else record


def delete(records: dict[str, R], record_id: str, *, hard: bool) -> None:
    if hard:
        del records[record_id]
    else:
        records[record_id].deleted = True


@dataclass
class State:
    """Everything the request handlers read and change."""

    api_key: str
    clock: FakeClock
    settings: FakeSettings
    ids: IdFactory
    timeline: Timeline = field(default_factory=Timeline)
    replicas: dict[str, Replica] = field(default_factory=dict)
    videos: dict[str, Video] = field(default_factory=dict)
    conversations: dict[str, Conversation] = field(default_factory=dict)
    personas: dict[str, Patchable] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    guardrails: dict[str, Patchable] = field(default_factory=dict)  # legacy sets
    individual_guardrails: dict[str, Patchable] = field(default_factory=dict)
    objectives: dict[str, Patchable] = field(default_factory=dict)
    dictionaries: dict[str, Patchable] = field(default_factory=dict)
    transcriptions: dict[str, Job] = field(default_factory=dict)
    lipsyncs: dict[str, Job] = field(default_factory=dict)
    replacements: dict[str, Job] = field(default_factory=dict)
    deployments: dict[str, Deployment] = field(default_factory=dict)
    voices: list[JSON] = field(default_factory=list)
    cloned_voices: dict[str, Job] = field(default_factory=dict)  # Create Voice; `result` is the voice's name
    app_messages: dict[str, list[JSON]] = field(default_factory=dict)  # Send App Message bodies, by conversation
    canvas_interactions: dict[str, list[JSON]] = field(default_factory=dict)  # by conversation, oldest first
    tools: dict[str, Patchable] = field(default_factory=dict)  # `system`: Tavus's built-in tools
    pal_tools: dict[str, list[str]] = field(default_factory=dict)  # PAL (persona) id -> attached tool ids
    pal_skills: dict[str, dict[str, SkillAttachment]] = field(default_factory=dict)  # PAL id -> skill_id -> it
    outbox: list[tuple[str, JSON]] = field(default_factory=list)

    def now(self) -> float:
        return self.clock.now()

    def sync(self) -> None:
        """Apply every scheduled state change that is due by now."""
        self.timeline.run_until(self.now())

    def emit(self, url: str | None, payload: JSON) -> None:
        """Queue a callback for `url` (no-op without a callback_url)."""
        if url:
            self.outbox.append((url, payload))
