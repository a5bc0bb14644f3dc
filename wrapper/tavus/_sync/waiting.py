# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.
"""Polling a long job until it ends (the statuses and rules are in `tavus._wait`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from .._types import Fetch
from .._wait import BACKOFF, JobKind, Progress, check_wait, finish, notify, observe

if TYPE_CHECKING:
    from .client import Tavus

__all__ = ["poll"]

T = TypeVar("T")


def poll(
    kind: JobKind,
    fetch: Fetch[T],
    client: Tavus,
    *,
    timeout: float,
    poll_interval: float,
    max_poll_interval: float,
    on_progress: Progress[T] | None,
) -> T:
    """Fetch the job until it is done (its last state), failed or out of time (the typed errors)."""
    check_wait(timeout, poll_interval, max_poll_interval)
    clock = client._clock
    start, interval = clock.monotonic(), poll_interval
    while True:
        state, outcome = observe(kind, fetch(), clock.monotonic() - start)
        notify(on_progress, state)
        remaining = timeout - (clock.monotonic() - start)
        if finish(kind, state, outcome, remaining, timeout):
            return state.value
        clock.sleep(min(interval, remaining))
        interval = min(interval * BACKOFF, max_poll_interval)
