"""tools.regenerate end to end, on a throwaway copy of the repository (never on this checkout)."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, VENDORED_SPEC, operations
from tests.spec_changes.test_retire_supplement import publishing
from tests.spec_changes.test_worked_example import worked_example_spec
from tools.retire_supplement import read_record, recorded_operations, retire_text

GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}  # fmt: skip


def _git(repo: Path, *args: str) -> str:
    env = {**os.environ, **GIT_ENV}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path: Path, merged_spec: dict[str, Any]) -> Path:
    """openapi/, generated/ and tools/ of this checkout, a stub wrapper mapping every operation of
    today's merged contract (published + supplement), and a stand-in wrapper-coverage test; committed once."""
    repo = tmp_path / "repo"
    for name in ("openapi", "generated", "tools"):
        shutil.copytree(ROOT / name, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / ".gitignore", repo / ".gitignore")
    mapping = {op["operationId"]: ("resource", "method") for _, _, op in operations(merged_spec)}
    (repo / "wrapper" / "tavus").mkdir(parents=True)
    (repo / "wrapper" / "tavus" / "__init__.py").write_text("", encoding="utf-8")
    (repo / "wrapper" / "tavus" / "_operations.py").write_text(f"OPERATIONS = {mapping!r}\n", encoding="utf-8")
    # The installed SDK registers the `tavus.testing.pytest_plugin` entry point; the stub must provide it.
    (repo / "wrapper" / "tavus" / "testing").mkdir()
    (repo / "wrapper" / "tavus" / "testing" / "__init__.py").write_text("", encoding="utf-8")
    (repo / "wrapper" / "tavus" / "testing" / "pytest_plugin.py").write_text("", encoding="utf-8")
    (repo / "tests" / "wrapper").mkdir(parents=True)
    (repo / "tests" / "wrapper" / "test_coverage.py").write_text(
        "import tavus._operations\n\n\ndef test_mapping() -> None:\n    assert tavus._operations.OPERATIONS\n",
        encoding="utf-8",
    )
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "baseline")
    return repo


def _regenerate(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.regenerate", *args], cwd=repo, capture_output=True, text=True, timeout=300
    )


def test_worked_example_end_to_end(repo: Path, vendored_spec: dict[str, Any], tmp_path: Path) -> None:
    upstream = tmp_path / "upstream.yaml"
    upstream.write_text(
        yaml.dump(worked_example_spec(vendored_spec), Dumper=yaml.CSafeDumper, sort_keys=False), encoding="utf-8"
    )
    result = _regenerate(repo, "--spec-file", str(upstream))
    assert result.returncode == 0, result.stdout + result.stderr
    summary = result.stdout
    assert (repo / "openapi" / "tavus-openapi.yaml").read_bytes() == upstream.read_bytes()
    assert "| GET /v2/memories (listMemories) | (operation) | operation added |" in summary
    assert (
        "| GET /v2/replicas/{replica_id} (getReplica) | response 200 `training_progress` | field removed |" in summary
    )
    assert "- `generated/tavus_api/api/memories/list_memories.py`" in summary
    assert "models/replica.py" in summary  # git diff --stat
    assert "training_progress" in summary.split("Public Python API")[1]  # griffe saw the removed attribute
    assert "operationIds without a wrapper method (1): `listMemories`" in summary
    assert "supplement operationIds (from Tavus's docs pages) without a wrapper method (0): none" in summary
    assert "- retired from the supplement (0): none" in summary
    assert "`pytest -q tests/wrapper/test_coverage.py`: passed" in summary
    assert "git checkout -- openapi generated" in summary
    assert (repo / "build" / "regenerate-summary.md").read_text(encoding="utf-8").strip() == summary.strip()


def test_refuses_to_overwrite_uncommitted_generated_code(repo: Path) -> None:
    client = repo / "generated" / "tavus_api" / "client.py"
    client.write_text(client.read_text(encoding="utf-8") + "# local work\n", encoding="utf-8")
    result = _regenerate(repo, "--spec-file", str(VENDORED_SPEC))
    assert result.returncode == 2
    assert "uncommitted changes would be overwritten" in result.stderr
    assert client.read_text(encoding="utf-8").endswith("# local work\n")


def test_invalid_spec_changes_nothing(repo: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.3\npaths: {}\n", encoding="utf-8")
    before = (repo / "openapi" / "tavus-openapi.yaml").read_bytes()
    result = _regenerate(repo, "--spec-file", str(bad))
    assert result.returncode == 1
    assert "is not valid OpenAPI" in result.stderr
    assert (repo / "openapi" / "tavus-openapi.yaml").read_bytes() == before
    assert _git(repo, "status", "--porcelain") == ""


def test_failed_generation_is_reported_and_leaves_generated_alone(
    repo: Path, vendored_spec: dict[str, Any], tmp_path: Path
) -> None:
    """Upstream fixes a defect the overlay patches: its guard fails, the summary says what to do."""
    fixed = copy.deepcopy(vendored_spec)
    fixed["paths"]["/v2/videos"]["post"]["requestBody"]["content"]["application/json"]["schema"]["oneOf"][0][
        "required"
    ] = ["script", "replica_id"]
    upstream = tmp_path / "fixed.yaml"
    upstream.write_text(yaml.dump(fixed, Dumper=yaml.CSafeDumper, sort_keys=False), encoding="utf-8")
    result = _regenerate(repo, "--spec-file", str(upstream))
    assert result.returncode == 1
    assert "Generation FAILED" in result.stdout
    assert "Overlay operations failed" in result.stdout
    guard = "oneOf/0/required (guard - upstream expresses script/audio_url as a oneOf beside properties)"
    assert guard in result.stdout
    assert "- not run: generation failed" in result.stdout
    assert _git(repo, "status", "--porcelain").splitlines() == [" M openapi/tavus-openapi.yaml"]


def test_rerun_after_fixing_the_overlay_needs_no_force(
    repo: Path, vendored_spec: dict[str, Any], tmp_path: Path
) -> None:
    """The spec a failed run put in place is not 'uncommitted work': the same command runs again."""
    fixed = copy.deepcopy(vendored_spec)
    fixed["paths"]["/v2/videos"]["post"]["requestBody"]["content"]["application/json"]["schema"]["oneOf"][0][
        "required"
    ] = ["script", "replica_id"]
    upstream = tmp_path / "fixed.yaml"
    upstream.write_text(yaml.dump(fixed, Dumper=yaml.CSafeDumper, sort_keys=False), encoding="utf-8")
    assert _regenerate(repo, "--spec-file", str(upstream)).returncode == 1
    again = _regenerate(repo, "--spec-file", str(upstream))
    assert again.returncode == 1, again.stderr  # generation still fails (the overlay is unchanged), not refused (2)
    assert "uncommitted changes would be overwritten" not in again.stderr
    other = tmp_path / "other.yaml"
    other.write_text(yaml.dump(vendored_spec, Dumper=yaml.CSafeDumper, sort_keys=False), encoding="utf-8")
    assert _regenerate(repo, "--spec-file", str(other)).returncode == 2  # another file would overwrite the first


def test_summary_of_an_update_already_committed(repo: Path, vendored_spec: dict[str, Any], tmp_path: Path) -> None:
    """--against REV writes the PR summary of an update after it was committed (compared with REV, not HEAD)."""
    baseline = _git(repo, "rev-parse", "HEAD").strip()
    upstream = tmp_path / "upstream.yaml"
    upstream.write_text(
        yaml.dump(worked_example_spec(vendored_spec), Dumper=yaml.CSafeDumper, sort_keys=False), encoding="utf-8"
    )
    assert _regenerate(repo, "--spec-file", str(upstream)).returncode == 0
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "take the update")
    against_head = _regenerate(repo, "--spec-file", str(upstream))
    assert "**0 difference(s)" in against_head.stdout or "No difference" in against_head.stdout
    result = _regenerate(repo, "--spec-file", str(upstream), "--against", baseline)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "| GET /v2/memories (listMemories) | (operation) | operation added |" in result.stdout
    assert "- `generated/tavus_api/api/memories/list_memories.py`" in result.stdout
    assert f"Public Python API against {baseline}" in result.stdout


def test_a_published_file_with_supplement_operations_retires_them(
    repo: Path, vendored_spec: dict[str, Any], tmp_path: Path
) -> None:
    """Upstream now publishes List Skills and Update Face: regenerate takes them out of the supplement
    (its other bytes untouched), records them, reports them, and the merged contract still generates."""
    supplement_file = repo / "openapi" / "tavus-openapi.newer.yaml"
    original = supplement_file.read_text(encoding="utf-8")
    upstream = tmp_path / "upstream.yaml"
    new = publishing(vendored_spec, yaml.safe_load(original), ("GET", "/v2/skills"), ("PATCH", "/v2/faces/{face_id}"))
    upstream.write_text(yaml.dump(new, Dumper=yaml.CSafeDumper, sort_keys=False), encoding="utf-8")
    result = _regenerate(repo, "--spec-file", str(upstream))
    assert result.returncode == 0, result.stdout + result.stderr
    summary = result.stdout
    assert "- retired from the supplement (2):" in summary
    assert (
        "  - PATCH /v2/faces/{face_id} (`updateFace`, new): the published file has PATCH /v2/faces/{face_id}" in summary
    )
    assert "  - GET /v2/skills (`listSkills`, new): the published file has GET /v2/skills (listSkills)" in summary
    record = read_record(repo / "openapi" / "supplement-retired.yaml")
    assert [e["operation"] for e in record] == ["PATCH /v2/faces/{face_id}", "GET /v2/skills"]
    assert supplement_file.read_text(encoding="utf-8") == retire_text(original, recorded_operations(record))
    assert "operationIds without a wrapper method (0): none" in summary  # both were mapped, now published
    assert "Generation FAILED" not in summary
    status = _git(repo, "status", "--porcelain").splitlines()
    assert " M openapi/tavus-openapi.newer.yaml" in status
    assert " M openapi/supplement-retired.yaml" in status
    # A rerun (generated/ is now uncommitted work: --force) retires nothing more, and still reports
    # this update's retirements (the record against HEAD's).
    again = _regenerate(repo, "--spec-file", str(upstream), "--force")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "- retired from the supplement (2):" in again.stdout
    assert read_record(repo / "openapi" / "supplement-retired.yaml") == record


def test_the_wrapper_check_follows_sub_resources() -> None:
    """Methods on sub-resources (`("pals.tools", "list")`) count as wrapped: the summary once listed them."""
    from tools.regenerate import READ_WRAPPER

    out = subprocess.run([sys.executable, "-c", READ_WRAPPER], capture_output=True, text=True, check=True, cwd=ROOT)
    found = json.loads(out.stdout)
    assert "listPalTools" in found["mapped"]
    assert found["unimplemented"] == []
