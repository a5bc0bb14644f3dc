"""What the contract tests checked, per operation: the rows of the coverage table.

Tests record a check only after it passed, so a missing mark means not checked (or failed).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

COLUMNS = ("request", "responses", "fake", "prism")


@dataclass
class Registry:
    request: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # op -> {"sync", "async"}
    responses: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # op -> statuses
    fake: set[str] = field(default_factory=set)
    prism: set[str] = field(default_factory=set)
    # column -> why it was not run (e.g. Prism not installed); such a column is reported, not failed
    skipped: dict[str, str] = field(default_factory=dict)
    # columns whose tests were collected in this session
    collected: set[str] = field(default_factory=set)

    def request_checked(self, op: str) -> bool:
        return self.request.get(op, set()) >= {"sync", "async"}

    def missing(self, operation_ids: list[str], statuses: dict[str, list[str]]) -> dict[str, list[str]]:
        """column -> operations not (fully) checked, for the columns collected and not skipped."""
        result: dict[str, list[str]] = {}
        checks = {
            "request": lambda op: self.request_checked(op),
            "responses": lambda op: self.responses.get(op, set()) >= set(statuses[op]),
            "fake": lambda op: op in self.fake,
            "prism": lambda op: op in self.prism,
        }
        for column in COLUMNS:
            if column in self.skipped:
                continue
            absent = [op for op in operation_ids if not checks[column](op)]
            if absent:
                result[column] = absent
        return result


REGISTRY = Registry()
