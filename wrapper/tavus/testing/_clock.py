"""The fake's clock: manual by default, or real time scaled for demos; plus timestamp formats.

`now()` is seconds since the Unix epoch. A manual clock starts at `FAKE_EPOCH` (deterministic
timestamps in tests) and only moves through `advance()`. A scaled clock starts at the wall time
and runs `time_scale` times faster than real time; `advance()` still adds on top of it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import formatdate

FAKE_EPOCH = 1_735_689_600.0  # 2025-01-01T00:00:00Z


class FakeClock:
    """Fake time as a float of epoch seconds."""

    def __init__(self, source: Callable[[], float] | None = None, time_scale: float | None = None) -> None:
        if time_scale is not None and time_scale <= 0:
            raise ValueError("time_scale must be > 0")
        if source is None and time_scale is not None:
            source = time.time
        self._source = source
        self._scale = 1.0 if time_scale is None else float(time_scale)
        self._origin = source() if source is not None else FAKE_EPOCH
        self._offset = 0.0

    @property
    def manual(self) -> bool:
        """True when only `advance()` moves time (no real-time source)."""
        return self._source is None

    @property
    def scale(self) -> float:
        return self._scale

    def now(self) -> float:
        if self._source is None:
            return self._origin + self._offset
        return self._origin + (self._source() - self._origin) * self._scale + self._offset

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("cannot move the fake clock backwards")
        self._offset += seconds


def iso(ts: float) -> str:
    """`2025-01-01T00:00:00.000Z`, the shape replicas, documents and personas use."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def iso_micro(ts: float) -> str:
    """`2025-07-11T06:45:47.472000Z`, the shape of conversation callback timestamps."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def http_date(ts: float) -> str:
    """`Mon, 14 Jul 2025 09:14:24 GMT`, the shape of video `created_at` in the spec."""
    return formatdate(ts, usegmt=True)


def spaced(ts: float) -> str:
    """`2024-08-28 15:27:40.824457`, the shape of timestamps in video callbacks."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def long_date(ts: float) -> str:
    """`August 28, 2024`, used in default video names."""
    moment = datetime.fromtimestamp(ts, UTC)
    return f"{moment:%B} {moment.day}, {moment.year}"
