"""Waiting for long jobs (replica training, video generation, documents, transcriptions) by polling.

Statuses arrive as free strings and differ between endpoints and callbacks, so the terminal values
are mapped explicitly below and anything else counts as still running:

| job           | done             | failed                 | progress field                 |
|---------------|------------------|------------------------|--------------------------------|
| replica       | completed, ready | error, failed          | training_progress ("37/100")   |
| video         | ready, completed | error, failed, deleted | generation_progress ("37/100") |
| document      | ready, completed | error, failed          | progress (37 or "37")          |
| transcription | completed, ready | error, failed          | (none)                         |

The poll interval starts at `poll_interval` (at least 1 s), grows 1.5x per poll, and stays at or
below `max_poll_interval`. Clock and sleep come from the client, so tests make waiting instant.
The polling loop is in `_async/waiting.py` (and its derived `_sync/waiting.py`).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._errors import (
    DocumentProcessingError,
    ReplicaTrainingError,
    TavusValidationError,
    TranscriptionError,
    VideoGenerationError,
    WaitTimeoutError,
    _JobError,
)

__all__ = [
    "DOCUMENT",
    "FACE",
    "REPLICA",
    "TRANSCRIPTION",
    "VIDEO",
    "AsyncProgress",
    "JobKind",
    "JobState",
    "Progress",
    "async_notify",
    "check_wait",
    "finish",
    "notify",
    "observe",
    "parse_progress",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
MIN_POLL_INTERVAL = 1.0
BACKOFF = 1.5


@dataclass(frozen=True, slots=True)
class JobKind:
    name: str
    id_field: str
    done: frozenset[str]
    failed: frozenset[str]
    progress_field: str
    error: type[_JobError]


REPLICA = JobKind(
    "replica training", "replica_id", frozenset({"completed", "ready"}), frozenset({"error", "failed"}),
    "training_progress", ReplicaTrainingError,
)  # fmt: skip
# A face is a replica (the supplement's new name): the same training, under `face_id`.
FACE = JobKind(
    "face training", "face_id", REPLICA.done, REPLICA.failed, "training_progress", ReplicaTrainingError,
)  # fmt: skip
VIDEO = JobKind(
    "video generation", "video_id", frozenset({"ready", "completed"}), frozenset({"error", "failed", "deleted"}),
    "generation_progress", VideoGenerationError,
)  # fmt: skip
DOCUMENT = JobKind(
    "document processing", "document_id", frozenset({"ready", "completed"}), frozenset({"error", "failed"}),
    "progress", DocumentProcessingError,
)  # fmt: skip

# status: "Can be either `started`, `completed`, or `error`." (List Transcriptions); no progress field.
TRANSCRIPTION = JobKind(
    "transcription", "transcription_id", frozenset({"completed", "ready"}), frozenset({"error", "failed"}),
    "progress", TranscriptionError,
)  # fmt: skip


def parse_progress(value: object) -> float | None:
    """A fraction in [0, 1] from "37/100", "37%", 37 or "37" (percent); None when unknown."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        if isinstance(value, str):
            text = value.strip().rstrip("%")
            if "/" in text:
                done, total = text.split("/", 1)
                fraction = float(done) / float(total)
            else:
                fraction = float(text) / 100
        elif isinstance(value, int | float):
            fraction = float(value) / 100
        else:
            return None
    except (ValueError, ZeroDivisionError):
        return None
    if fraction != fraction:  # NaN
        return None
    return min(max(fraction, 0.0), 1.0)


def _field(obj: Any, name: str) -> Any:
    value = getattr(obj, name, None)
    if value is None or type(value).__name__ == "Unset":
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, dict) else None
    return value


@dataclass(frozen=True, slots=True)
class JobState(Generic[T_co]):
    """One observation of a job: its status, raw and parsed progress, and the object itself.

    Covariant: a `Callable[[JobState[object]], None]` progress printer serves every `wait()`."""

    status: str | None
    progress: float | None
    raw_progress: object
    value: T_co
    elapsed: float


# `on_progress` of `wait()`: called with each observation; with the async client it may be a coroutine function.
Progress = Callable[[JobState[T]], object]
AsyncProgress = Callable[[JobState[T]], object]


def notify(callback: Progress[T] | None, state: JobState[T]) -> None:
    if callback is not None and inspect.isawaitable(result := callback(state)):
        close = getattr(result, "close", None)
        if close is not None:
            close()  # no "never awaited" warning: the error says what to do instead
        raise TavusValidationError(
            "on_progress", "must be a plain function with Tavus (a coroutine function needs AsyncTavus)"
        )


async def async_notify(callback: AsyncProgress[T] | None, state: JobState[T]) -> None:
    if callback is not None and inspect.isawaitable(result := callback(state)):
        await result


def observe(kind: JobKind, obj: T, elapsed: float) -> tuple[JobState[T], str]:
    status = _field(obj, "status")
    status = status.strip().lower() if isinstance(status, str) else None
    raw = _field(obj, kind.progress_field)
    outcome = "done" if status in kind.done else "failed" if status in kind.failed else "running"
    return JobState(status, parse_progress(raw), raw, obj, elapsed), outcome


def check_wait(timeout: float, poll_interval: float, max_poll_interval: float) -> None:
    if not timeout > 0:
        raise TavusValidationError("timeout", "must be > 0 seconds")
    if not poll_interval >= MIN_POLL_INTERVAL:
        raise TavusValidationError("poll_interval", f"must be >= {MIN_POLL_INTERVAL} seconds")
    if not max_poll_interval >= poll_interval:
        raise TavusValidationError("max_poll_interval", "must be >= poll_interval")


def finish(kind: JobKind, state: JobState[T], outcome: str, remaining: float, timeout: float) -> bool:
    """True when done; raises when the job failed or time ran out; False to poll again."""
    if outcome == "done":
        return True
    if outcome == "failed":
        message = _field(state.value, "error_message") or _field(state.value, "status_details")
        text = str(message) if message is not None else None
        raise kind.error(
            f"{kind.name} ended with status {state.status!r}: {text}", last=state.value, error_message=text
        )
    if remaining <= 0:
        raise WaitTimeoutError(
            f"{kind.name} still {state.status!r} after {timeout:g} s (progress {state.raw_progress!r})",
            last=state.value,
        )
    return False
