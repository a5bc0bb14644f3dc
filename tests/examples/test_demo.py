"""`make demo` (examples/demo.py) runs end to end against the fake, and its live mode needs a key."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from rich.console import Console

from examples import demo
from tests.conftest import ROOT


def test_fake_tour_trains_generates_converses_and_reports_callbacks() -> None:
    out = io.StringIO()
    assert demo.run_fake(Console(file=out, width=200, force_terminal=False), real_seconds_per_poll=0) == 0
    text = out.getvalue()
    assert "training" in text
    assert "100%" in text
    assert "completed" in text
    assert "Video " in text
    assert ": ready ->" in text
    assert "Conversation " in text
    assert "(ended)" in text
    for title in ("Replicas", "Videos", "Personas", "Conversations"):
        assert title in text
    assert "ReplicaTrainingEvent ready" in text
    assert "VideoGenerationEvent ready" in text


def test_live_mode_without_a_key_explains_and_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TAVUS_API_KEY", raising=False)
    out = io.StringIO()
    assert demo.run_live(Console(file=out)) == 2
    assert "TAVUS_API_KEY" in out.getvalue()


def test_demo_script_runs_as_make_demo_does() -> None:
    env = {k: v for k, v in os.environ.items() if k != "TAVUS_API_KEY"}
    result = subprocess.run(
        [sys.executable, "examples/demo.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "Callbacks received" in result.stdout
