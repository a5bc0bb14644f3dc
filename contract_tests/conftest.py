"""Contract tests: the session-wide coverage registry and the coverage table printed at the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from ._contract import OPERATION_IDS, OPS, Op
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


def _totals(ops: list[Op]) -> dict[str, int]:
    totals = dict.fromkeys(COLUMNS, 0)
    for op in ops:
        totals["request"] += REGISTRY.request_checked(op.operation_id)
        totals["responses"] += len(REGISTRY.responses.get(op.operation_id, set()) & set(op.statuses))
        totals["fake"] += op.operation_id in REGISTRY.fake
        totals["prism"] += op.operation_id in REGISTRY.prism
    return totals


def _total_line(label: str, ops: list[Op], width: int) -> str:
    totals, pairs, n = _totals(ops), sum(len(op.statuses) for op in ops), len(ops)
    return (
        f"{label:<{width}}  {'':<10} {totals['request']}/{n:<5} {totals['responses']}/{pairs:<6} "
        f"{totals['fake']}/{n:<3} {totals['prism']}/{n}"
    )


def coverage_lines() -> list[str]:
    """One row per operation, its source (`published` file or `docs pages`: the supplement), and the
    totals of each source apart and together."""
    width = max(len(o) for o in [*OPERATION_IDS, "total, docs pages"])
    header = f"{'operation':<{width}}  {'source':<10} {'request':<8} {'responses':<10} {'fake':<6} {'prism':<6}"
    lines = [header, "-" * len(header)]
    mark = {True: "yes", False: "NO"}
    for op in OPS:
        oid = op.operation_id
        done = REGISTRY.responses.get(oid, set()) & set(op.statuses)
        source = "docs pages" if op.supplement else "published"
        lines.append(
            f"{oid:<{width}}  {source:<10} {mark[REGISTRY.request_checked(oid)]:<8} "
            f"{f'{len(done)}/{len(op.statuses)}':<10} {mark[oid in REGISTRY.fake]:<6} {mark[oid in REGISTRY.prism]:<6}"
        )
    lines.append("-" * len(header))
    lines.append(_total_line("total, published", [op for op in OPS if not op.supplement], width))
    lines.append(_total_line("total, docs pages", [op for op in OPS if op.supplement], width))
    lines.append(_total_line("total", OPS, width))
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
