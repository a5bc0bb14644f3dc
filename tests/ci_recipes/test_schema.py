"""Every recipe parses as YAML and validates against check-jsonschema's vendored CI schemas, offline;
and the validation does reject broken files (a typo'd key, a mis-quoted script line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ci_recipes._recipes import ALL_RECIPES, GITHUB_CONTRACT, GITLAB, RECIPES, load, schema_errors

GITHUB_RECIPES = sorted((RECIPES / "github").glob("*.yml"))


def test_the_recipes_are_where_the_docs_say() -> None:
    assert [p.name for p in GITHUB_RECIPES] == ["contract.yml", "spec-update.yml"]
    assert sorted(p.name for p in (RECIPES / "gitlab").iterdir()) == [".gitlab-ci.yml"]


@pytest.mark.parametrize("path", ALL_RECIPES, ids=lambda p: p.name)
def test_parses_as_yaml(path: Path) -> None:
    doc = load(path)
    assert doc, f"{path} is empty"


def test_github_workflows_validate_offline() -> None:
    assert schema_errors("vendor.github-workflows", *GITHUB_RECIPES) == {}


def test_gitlab_ci_validates_offline() -> None:
    assert schema_errors("vendor.gitlab-ci", GITLAB) == {}


def _mutant(tmp_path: Path, source: Path, old: str, new: str) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text, f"the mutation needs {old!r} in {source.name}"
    target = tmp_path / source.name
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def test_a_typo_in_a_workflow_key_fails_validation(tmp_path: Path) -> None:
    bad = _mutant(tmp_path, GITHUB_CONTRACT, "runs-on:", "runs_on:")
    errors = schema_errors("vendor.github-workflows", bad)
    assert "'runs-on' is a required property" in " ".join(errors[str(bad)])


def test_an_unknown_trigger_fails_validation(tmp_path: Path) -> None:
    bad = _mutant(tmp_path, GITHUB_CONTRACT, "  workflow_dispatch:", "  workflow-dispatch:")
    assert schema_errors("vendor.github-workflows", bad)


def test_a_typo_in_a_gitlab_job_fails_validation(tmp_path: Path) -> None:
    bad = _mutant(tmp_path, GITLAB, "  script:\n    - make contract\n", "  scripts:\n    - make contract\n")
    assert schema_errors("vendor.gitlab-ci", bad)


def test_an_unquoted_colon_in_a_script_line_fails_validation(tmp_path: Path) -> None:
    # `- echo "a: b"` is YAML for a one-key mapping, not a command: the schema wants strings.
    bad = _mutant(tmp_path, GITLAB, "    - make contract\n", '    - echo "contract: start"\n    - make contract\n')
    errors = schema_errors("vendor.gitlab-ci", bad)
    assert "is not of type 'string'" in " ".join(errors[str(bad)])
