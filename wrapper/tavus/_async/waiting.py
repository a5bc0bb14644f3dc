"""Polling a long job until it ends (the statuses and rules are in `tavus._wait`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from .._types import AsyncFetch
from .._wait import BACKOFF, AsyncProgress, JobKind, async_notify, check_wait, finish, observe

if TYPE_CHECKING:
    from .client import AsyncTavus

__all__ = ["async_poll"]

T = TypeVar("T")


async def async_poll(
    kind: JobKind,
    fetch: AsyncFetch[T],
    client: AsyncTavus,
    *,
    timeout: float,
    poll_interval: float,
    max_poll_interval: float,
    on_progress: AsyncProgress[T] | None,
) -> T:
    """Fetch the job until it is done (its last state), failed or out of time (the typed errors)."""
    check_wait(timeout, poll_interval, max_poll_interval)
    clock = client._clock
    start, interval = clock.monotonic(), poll_interval
    while True:
        state, outcome = observe(kind, await fetch(), clock.monotonic() - start)
        await async_notify(on_progress, state)
        remaining = timeout - (clock.monotonic() - start)
        if finish(kind, state, outcome, remaining, timeout):
            return state.value
        await clock.asleep(min(interval, remaining))
        interval = min(interval * BACKOFF, max_poll_interval)
