"""Contract tests: the session-wide coverage registry and the coverage table printed at the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from ._contract import OPERATION_IDS, OPS
from ._registry import COLUMNS, REGISTRY

HERE = Path(__file__).resolve().parent
# which column a test module fills
MODULE_COLUMNS = {
    "test_request_conformance.py": "request",
    "test_response_conformance.py": "responses",
    "test_fake_conformance.py": "fake",
    "test_prism.py": "prism",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        column = MODULE_COLUMNS.get(item.path.name)
        if column is not None and item.path.parent == HERE:
            REGISTRY.collected.add(column)


def coverage_lines() -> list[str]:
    width = max(len(o) for o in OPERATION_IDS)
    header = f"{'operation':<{width}}  {'request':<8} {'responses':<10} {'fake':<6} {'prism':<6}"
    lines = [header, "-" * len(header)]
    totals = dict.fromkeys(COLUMNS, 0)
    for op in OPS:
        oid = op.operation_id
        request = REGISTRY.request_checked(oid)
        done = REGISTRY.responses.get(oid, set()) & set(op.statuses)
        responses = f"{len(done)}/{len(op.statuses)}"
        fake, prism = oid in REGISTRY.fake, oid in REGISTRY.prism
        totals["request"] += request
        totals["responses"] += len(done)
        totals["fake"] += fake
        totals["prism"] += prism
        mark = {True: "yes", False: "NO"}
        lines.append(f"{oid:<{width}}  {mark[request]:<8} {responses:<10} {mark[fake]:<6} {mark[prism]:<6}")
    pairs = sum(len(op.statuses) for op in OPS)
    lines.append("-" * len(header))
    lines.append(
        f"{'total':<{width}}  {totals['request']}/{len(OPS):<5} {totals['responses']}/{pairs:<6} "
        f"{totals['fake']}/{len(OPS):<3} {totals['prism']}/{len(OPS)}"
    )
    for column, why in sorted(REGISTRY.skipped.items()):
        lines.append(f"column {column} not run: {why}")
    not_collected = [c for c in COLUMNS if c not in REGISTRY.collected]
    if not_collected:
        lines.append(f"columns not collected in this session: {', '.join(not_collected)}")
    return lines


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not REGISTRY.collected:
        return
    terminalreporter.section("contract coverage (one row per operation of the contract)")
    for line in coverage_lines():
        terminalreporter.write_line(line)
