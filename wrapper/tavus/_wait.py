"""Waiting for long jobs (replica training, video generation, document processing) by polling.

Statuses arrive as free strings and differ between endpoints and callbacks, so the terminal values
are mapped explicitly below and anything else counts as still running:

| job      | done                 | failed                    | progress field                 |
|----------|----------------------|---------------------------|--------------------------------|
| replica  | completed, ready     | error, failed             | training_progress ("37/100")   |
| video    | ready, completed     | error, failed, deleted    | generation_progress ("37/100") |
| document | ready, completed     | error, failed             | progress (37 or "37")          |

The poll interval starts at `poll_interval` (at least 1 s), grows 1.5x per poll, and stays at or
below `max_poll_interval`. Clock and sleep come from the client, so tests make waiting instant.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._errors import (
    DocumentProcessingError,
    ReplicaTrainingError,
    TavusValidationError,
    VideoGenerationError,
    WaitTimeoutError,
    _JobError,
)

if TYPE_CHECKING:
    from ._client import AsyncTavus, Tavus

__all__ = ["DOCUMENT", "REPLICA", "VIDEO", "JobKind", "JobState", "async_wait", "parse_progress", "wait"]

T = TypeVar("T")
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
VIDEO = JobKind(
    "video generation", "video_id", frozenset({"ready", "completed"}), frozenset({"error", "failed", "deleted"}),
    "generation_progress", VideoGenerationError,
)  # fmt: skip
DOCUMENT = JobKind(
    "document processing", "document_id", frozenset({"ready", "completed"}), frozenset({"error", "failed"}),
    "progress", DocumentProcessingError,
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
class JobState(Generic[T]):
    """One observation of a job: its status, raw and parsed progress, and the object itself."""

    status: str | None
    progress: float | None
    raw_progress: object
    value: T
    elapsed: float


def _observe(kind: JobKind, obj: T, elapsed: float) -> tuple[JobState[T], str]:
    status = _field(obj, "status")
    status = status.strip().lower() if isinstance(status, str) else None
    raw = _field(obj, kind.progress_field)
    outcome = "done" if status in kind.done else "failed" if status in kind.failed else "running"
    return JobState(status, parse_progress(raw), raw, obj, elapsed), outcome


def _check(timeout: float, poll_interval: float, max_poll_interval: float) -> None:
    if not timeout > 0:
        raise TavusValidationError("timeout", "must be > 0 seconds")
    if not poll_interval >= MIN_POLL_INTERVAL:
        raise TavusValidationError("poll_interval", f"must be >= {MIN_POLL_INTERVAL} seconds")
    if not max_poll_interval >= poll_interval:
        raise TavusValidationError("max_poll_interval", "must be >= poll_interval")


def _finish(kind: JobKind, state: JobState[T], outcome: str, remaining: float, timeout: float) -> bool:
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


def wait(
    kind: JobKind,
    fetch: Callable[[], T],
    client: Tavus,
    *,
    timeout: float,
    poll_interval: float,
    max_poll_interval: float,
    on_progress: Callable[[JobState[T]], None] | None,
) -> T:
    _check(timeout, poll_interval, max_poll_interval)
    clock, sleep = client._clock, client._sleep
    start, interval = clock(), poll_interval
    while True:
        state, outcome = _observe(kind, fetch(), clock() - start)
        if on_progress is not None:
            on_progress(state)
        remaining = timeout - (clock() - start)
        if _finish(kind, state, outcome, remaining, timeout):
            return state.value
        sleep(min(interval, remaining))
        interval = min(interval * BACKOFF, max_poll_interval)


async def async_wait(
    kind: JobKind,
    fetch: Callable[[], Awaitable[T]],
    client: AsyncTavus,
    *,
    timeout: float,
    poll_interval: float,
    max_poll_interval: float,
    on_progress: Callable[[JobState[T]], None] | None,
) -> T:
    _check(timeout, poll_interval, max_poll_interval)
    clock, sleep = client._clock, client._sleep
    start, interval = clock(), poll_interval
    while True:
        state, outcome = _observe(kind, await fetch(), clock() - start)
        if on_progress is not None:
            on_progress(state)
        remaining = timeout - (clock() - start)
        if _finish(kind, state, outcome, remaining, timeout):
            return state.value
        await sleep(min(interval, remaining))
        interval = min(interval * BACKOFF, max_poll_interval)
