"""Fixtures of the reliability suite: the anyio backend, and the fault matrix printed at the end."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator

import pytest

from ._matrix import CALLS, FAULTS, Outcome, render

_TABLES = pytest.StashKey[list[str]]()
FUZZ_KEY = pytest.StashKey[dict[str, list[int]]]()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def matrix_results(request: pytest.FixtureRequest) -> Iterator[dict[tuple[str, str], Outcome]]:
    """Cells of the fault matrix as they run; the table is printed in the terminal summary."""
    results: dict[tuple[str, str], Outcome] = {}
    yield results
    if len(results) == len(FAULTS) * len(CALLS):  # not on a partial run (-k)
        from rich.console import Console

        buffer = io.StringIO()
        Console(file=buffer, width=240, force_terminal=False).print(render(results))
        request.config.stash.setdefault(_TABLES, []).append(buffer.getvalue())


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    for table in config.stash.get(_TABLES, []):
        terminalreporter.write_line("")
        terminalreporter.write(table)
    counts = config.stash.get(FUZZ_KEY, {})
    if counts:
        terminalreporter.write_line("")
        terminalreporter.write_line(f"{'response fuzzing: operation':<40} {'cases':>7} {'escapes':>8}")
        for op, (cases, escapes) in sorted(counts.items()):
            terminalreporter.write_line(f"{op:<40} {cases:>7} {escapes:>8}")
        total, escaped = sum(c for c, _ in counts.values()), sum(e for _, e in counts.values())
        terminalreporter.write_line(f"{'total (' + str(len(counts)) + ' operations)':<40} {total:>7} {escaped:>8}")
    figures = getattr(sys.modules.get("tests.reliability.test_resources_concurrency"), "FIGURES", {})
    if figures:
        terminalreporter.write_line("")
        for name, value in figures.items():
            terminalreporter.write_line(f"{name:<48} {value}")
