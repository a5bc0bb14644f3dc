"""Time as a client sees it: the waits between retries and polls, and the clocks they are measured on.

`Tavus(clock=...)` and `AsyncTavus(clock=...)` take any object with the four methods of `Clock`;
the default is the system's. A test passes one whose `sleep` moves a fake clock instead of waiting,
so retries and `wait()` finish at once. `tavus.testing.FakeTavus` has one (`fake.clock`), and its
transports carry it: a client built on `fake.transport` uses the fake's clock unless given another,
so code under test that builds its own client does not sleep in real time while the fake clock stands.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable
from typing import Any, Protocol, runtime_checkable

__all__ = ["SYSTEM_CLOCK", "Clock", "SystemClock", "clock_of"]


@runtime_checkable
class Clock(Protocol):
    """What a client measures and waits with."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back: the budget of `wait()` is measured on it."""
        ...

    def time(self) -> float:
        """Epoch seconds: an HTTP-date `Retry-After` is read against it."""
        ...

    def sleep(self, seconds: float) -> None:
        """Wait (the sync client)."""
        ...

    def asleep(self, seconds: float) -> Awaitable[None]:
        """Wait (the async client)."""
        ...


class SystemClock:
    """The real clocks, and real waits."""

    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        import asyncio  # on first use: asyncio costs ~25 ms at `import tavus` otherwise

        await asyncio.sleep(seconds)

    def __repr__(self) -> str:
        return "SystemClock()"


SYSTEM_CLOCK = SystemClock()


def clock_of(clock: Clock | None, transport: Any) -> Clock:
    """The clock a client uses: the one given, else its transport's (`tavus_clock`), else the system's."""
    if clock is not None:
        if not isinstance(clock, Clock):
            from ._errors import TavusValidationError

            raise TavusValidationError("clock", "must have monotonic(), time(), sleep() and asleep() (tavus.Clock)")
        return clock
    found = getattr(transport, "tavus_clock", None)
    return found if isinstance(found, Clock) else SYSTEM_CLOCK
