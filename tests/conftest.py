"""Shared test helpers: where things are, and the spec loaded once."""

from __future__ import annotations

import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.supplement import load_merged

ROOT = Path(__file__).resolve().parent.parent
VENDORED_SPEC = ROOT / "openapi" / "tavus-openapi.yaml"
SUPPLEMENT_SPEC = ROOT / "openapi" / "tavus-openapi.newer.yaml"
OVERLAY = ROOT / "openapi" / "overlay.yaml"
HTTP_METHODS = ("get", "put", "post", "patch", "delete")

# A body every resource model accepts (each one's id, as the overlay's `components` require them; the
# others' ids are additional properties), for tests about requests, retries and timeouts rather than
# about a response's content.
ANY_RESOURCE = {
    name: "x1"
    for entry in yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))["components"]
    for name in entry.get("required", [])
    if name != "data"  # the envelope of Get Persona/Objective/Guardrail, not an id
}


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation of a spec, in document order."""
    return [
        (method.upper(), path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


@cache
def make_help_targets() -> frozenset[str]:
    """The targets `make help` lists (those with a `## ...` description)."""
    listed = subprocess.run(
        ["make", "--no-print-directory", "help"], cwd=ROOT, capture_output=True, text=True, timeout=30, check=True
    )
    return frozenset(line.split()[0] for line in listed.stdout.splitlines() if line.strip())


@pytest.fixture(scope="session")
def vendored_spec() -> dict[str, Any]:
    return yaml.safe_load(VENDORED_SPEC.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def merged_spec() -> dict[str, Any]:
    """The published spec with the supplement merged in (tools.supplement): what generation starts from."""
    return load_merged(VENDORED_SPEC, SUPPLEMENT_SPEC)


class InstantClock:
    """A `tavus.Clock` whose waits are instant and recorded: monotonic time moves only when it sleeps,
    and the wall clock stands at `wall` (an HTTP-date Retry-After is read against it)."""

    def __init__(self, *, start: float = 1000.0, wall: float = 1_700_000_000.0) -> None:
        self.now = start
        self.wall = wall
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.wall

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
