"""`make check-generated` catches a hand edit of generated/ and an unregenerated overlay edit."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.conftest import OVERLAY, ROOT


def _check_generated(generated: Path, overlay: Path = OVERLAY) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TAVUS_OVERLAY": str(overlay)}
    return subprocess.run(
        ["make", "--no-print-directory", "check-generated", f"GENERATED={generated}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_passes_on_the_committed_tree() -> None:
    result = _check_generated(ROOT / "generated")
    assert result.returncode == 0, result.stdout + result.stderr


def test_fails_after_a_one_character_edit(tmp_path: Path) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", copy)
    client = copy / "tavus_api" / "client.py"
    text = client.read_text(encoding="utf-8")
    client.write_text(text.replace("x", "y", 1), encoding="utf-8")
    result = _check_generated(copy)
    assert result.returncode != 0
    assert "client.py" in result.stdout
    assert "generated/ is stale or hand-edited" in result.stderr


def test_fails_after_an_overlay_edit(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay.yaml"
    text = OVERLAY.read_text(encoding="utf-8")
    edited = text.replace("value: {type: object, additionalProperties: true}", "value: {type: string}", 1)
    assert edited != text
    overlay.write_text(edited, encoding="utf-8")
    result = _check_generated(ROOT / "generated", overlay)
    assert result.returncode != 0
    assert "tools_item" in result.stdout or "tools" in result.stdout
