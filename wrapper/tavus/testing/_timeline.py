"""Scheduled state changes, run in time order when the fake clock passes them."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

Action = Callable[[float], None]


@dataclass(order=True)
class _Entry:
    due: float
    seq: int
    action: Action = field(compare=False)


class Timeline:
    """A priority queue of actions; each runs with its own due time as "now"."""

    def __init__(self) -> None:
        self._heap: list[_Entry] = []
        self._seq = itertools.count()

    def at(self, due: float, action: Action) -> None:
        heapq.heappush(self._heap, _Entry(due, next(self._seq), action))

    def run_until(self, now: float) -> None:
        """Run every action due at or before `now`, including ones scheduled by earlier actions."""
        while self._heap and self._heap[0].due <= now:
            entry = heapq.heappop(self._heap)
            entry.action(entry.due)
