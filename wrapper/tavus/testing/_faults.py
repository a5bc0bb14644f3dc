"""Scripted faults per operationId (or `"*"` for every request), consumed in the order they were added.

Latency adds up and combines with other faults; of the other kinds, one applies per request.
Each fault has a budget of `times` requests (`None`: until `clear_faults()`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

Kind = Literal["fail", "latency", "drop", "malformed", "refuse", "timeout"]
Malformation = Literal["truncated", "html", "empty"]
ANY_OPERATION = "*"


@dataclass
class Fault:
    kind: Kind
    times: int | None = 1
    status: int = 503
    retry_after: str | None = None
    body: Any = None
    seconds: float = 0.0
    after_processing: bool = False
    malformation: Malformation = "truncated"

    @property
    def name(self) -> str:
        """How `RecordedRequest.fault` names it: the FakeTavus method that scripted it."""
        return {
            "fail": "fail_next",
            "latency": "add_latency",
            "drop": "drop_connection",
            "malformed": "malformed_body",
            "refuse": "refuse_connection",
            "timeout": "timeout",
        }[self.kind]


@dataclass(frozen=True)
class Plan:
    """What the faults decided for one request: total latency and at most one other fault."""

    latency: float = 0.0
    fault: Fault | None = None


class FaultBook:
    """Pending faults by operationId."""

    def __init__(self) -> None:
        self._faults: list[tuple[str, Fault]] = []

    def add(self, operation_id: str, fault: Fault) -> None:
        if fault.times is not None and fault.times < 1:
            raise ValueError("times must be >= 1 (or None for every request)")
        self._faults.append((operation_id, fault))

    def clear(self, operation_id: str | None = None) -> None:
        self._faults = [(op, f) for op, f in self._faults if operation_id is not None and op != operation_id]

    def take(self, operation_id: str | None) -> Plan:
        """Consume what applies to one request for `operation_id` (None: an unrouted request)."""
        latency, chosen = 0.0, None
        for op, fault in list(self._faults):
            if op not in (ANY_OPERATION, operation_id):
                continue
            if fault.kind == "latency":
                latency += fault.seconds
            elif chosen is None:
                chosen = replace(fault)
            else:
                continue
            self._use(op, fault)
        return Plan(latency=latency, fault=chosen)

    def _use(self, operation_id: str, fault: Fault) -> None:
        if fault.times is None:
            return
        fault.times -= 1
        if fault.times == 0:
            self._faults.remove((operation_id, fault))
