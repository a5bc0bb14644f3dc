"""tools.api_diff: griffe finds breaking changes of the public Python API against a git ref."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from tools.api_diff import default_ref, main

OLD_API = "def get_replica(replica_id: str) -> dict:\n    return {}\n"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", *args],
        cwd=repo, check=True, capture_output=True,
    )  # fmt: skip


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A throwaway repository with a one-function tavus_api and tavus, committed once."""
    for folder, package in (("generated", "tavus_api"), ("wrapper", "tavus")):
        (tmp_path / folder / package).mkdir(parents=True)
        (tmp_path / folder / package / "__init__.py").write_text(OLD_API, encoding="utf-8")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "v1")
    return tmp_path


def _edit(repo: Path, folder: str, package: str, text: str) -> None:
    (repo / folder / package / "__init__.py").write_text(text, encoding="utf-8")


def test_unchanged_api_passes(repo: Path, capsys: Any) -> None:
    assert main(["--repo", str(repo)]) == 0
    assert "tavus_api: 0 breaking change(s) against HEAD" in capsys.readouterr().out


def test_removed_parameter_and_function_are_breaking(repo: Path, capsys: Any) -> None:
    _edit(repo, "generated", "tavus_api", "def get_replica() -> dict:\n    return {}\n")
    _edit(repo, "wrapper", "tavus", "X = 1\n")
    assert main(["--repo", str(repo), "--against", "HEAD"]) == 1
    out = capsys.readouterr().out
    assert "tavus_api:" in out
    assert "replica_id" in out
    assert "tavus: " in out
    assert "get_replica" in out


def test_new_optional_parameter_is_not_breaking(repo: Path) -> None:
    _edit(
        repo,
        "generated",
        "tavus_api",
        "def get_replica(replica_id: str, verbose: bool = False) -> dict:\n    return {}\n",
    )
    assert main(["--repo", str(repo)]) == 0


def test_default_ref_is_the_latest_tag(repo: Path, capsys: Any) -> None:
    assert default_ref(repo) == "HEAD"
    _git(repo, "tag", "v1.0.0")
    _edit(repo, "generated", "tavus_api", "def get_replica(replica_id: str, region: str) -> dict:\n    return {}\n")
    _git(repo, "commit", "-q", "-am", "v2")
    assert default_ref(repo) == "v1.0.0"
    assert main(["--repo", str(repo)]) == 1
    assert "against v1.0.0" in capsys.readouterr().out


def test_package_missing_at_ref_has_no_baseline(tmp_path: Path, capsys: Any) -> None:
    (tmp_path / "generated" / "tavus_api").mkdir(parents=True)
    (tmp_path / "generated" / "tavus_api" / "__init__.py").write_text(OLD_API, encoding="utf-8")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "only tavus_api")
    (tmp_path / "wrapper" / "tavus").mkdir(parents=True)
    (tmp_path / "wrapper" / "tavus" / "__init__.py").write_text(OLD_API, encoding="utf-8")
    assert main(["--repo", str(tmp_path)]) == 0
    assert "tavus: absent at HEAD, no baseline" in capsys.readouterr().out


def test_unknown_ref_exits_2(repo: Path, capsys: Any) -> None:
    assert main(["--repo", str(repo), "--against", "no-such-ref"]) == 2
    assert "'no-such-ref' is not a commit" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_removed_module_is_named_by_its_path(repo: Path, capsys: Any, fmt: str) -> None:
    """griffe explains a removed module as `<module>`; the report names it."""
    models = repo / "generated" / "tavus_api" / "models"
    models.mkdir()
    (models / "__init__.py").write_text("", encoding="utf-8")
    (models / "perception_tool.py").write_text("class PerceptionTool: ...\n", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "with a model module")
    (models / "perception_tool.py").unlink()
    assert main(["--repo", str(repo), "--against", "HEAD", "--format", fmt]) == 1
    out = capsys.readouterr().out
    assert "module `tavus_api.models.perception_tool`" in out
    assert "<module>" not in out
