"""The GitLab recipe: which jobs a pipeline gets (rules evaluated), where the key goes, and the
spec-update script run against a fake `make` and `git push` in a throwaway repository."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.ci_recipes._recipes import (
    GITLAB,
    SECRET,
    SPEC,
    Sandbox,
    gitlab_eval,
    gitlab_job_runs,
    gitlab_jobs,
    leaky_script_lines,
    load,
    run_gitlab_job,
    walk,
)
from tools.regenerate import ROOT as REGENERATE_ROOT
from tools.regenerate import SUMMARY

KEY = "tvs-live-key-0123456789abcdef"
TOKEN = "glpat-spec-update-token"


@pytest.fixture
def doc() -> dict[str, Any]:
    return load(GITLAB)


def pipeline(
    source: str, branch: str | None = "main", protected: bool = True, unprotected_vars: bool = False, **variables: str
) -> dict[str, str]:
    """Predefined variables of a pipeline; protected CI/CD variables only reach protected refs
    (`unprotected_vars`: the user forgot to tick "Protected")."""
    found = {
        "CI_PIPELINE_SOURCE": source,
        "CI_DEFAULT_BRANCH": "main",
        "CI_COMMIT_REF_PROTECTED": str(protected).lower(),
    }
    if branch is not None:
        found["CI_COMMIT_BRANCH"] = branch
    if protected or unprotected_vars:
        found.update(variables)
    return found


PIPELINES = {
    "push-feature": pipeline("push", "feature", protected=False, TAVUS_API_KEY=KEY),
    "push-main": pipeline("push", TAVUS_API_KEY=KEY),
    "push-main-no-key": pipeline("push"),
    "push-protected-release": pipeline("push", "release", TAVUS_API_KEY=KEY),
    "merge-request": pipeline("merge_request_event", None, protected=False, TAVUS_API_KEY=KEY),
    "merge-request-from-protected": pipeline("merge_request_event", None, TAVUS_API_KEY=KEY),
    "schedule": pipeline("schedule", TAVUS_API_KEY=KEY, SPEC_UPDATE_TOKEN=TOKEN),
    "schedule-no-key": pipeline("schedule", SPEC_UPDATE_TOKEN=TOKEN),
    "web": pipeline("web", TAVUS_API_KEY=KEY),
    "web-feature": pipeline("web", "feature", protected=False),
    "schedule-feature-unprotected-key": pipeline(
        "schedule", "feature", protected=False, unprotected_vars=True, TAVUS_API_KEY=KEY
    ),
}
EXPECTED = {  # pipeline -> jobs it gets
    "push-feature": {"contract"},
    "push-main": {"contract", "contract-live"},
    "push-main-no-key": {"contract"},
    "push-protected-release": {"contract"},
    "merge-request": set(),
    "merge-request-from-protected": set(),
    "schedule": {"contract", "contract-live", "spec-update"},
    "schedule-no-key": {"contract", "spec-update"},
    "web": {"contract", "contract-live", "spec-update"},
    "web-feature": {"contract"},
    "schedule-feature-unprotected-key": {"contract"},
}


@pytest.mark.parametrize("name", PIPELINES)
def test_which_jobs_each_pipeline_gets(doc: dict[str, Any], name: str) -> None:
    jobs = {job_name for job_name, job in gitlab_jobs(doc).items() if gitlab_job_runs(job, PIPELINES[name])}
    assert jobs == EXPECTED[name]


def test_contract_runs_make_contract(doc: dict[str, Any]) -> None:
    job = gitlab_jobs(doc)["contract"]
    assert "make contract" in job["script"]
    assert any("npm" in line for line in job["before_script"]), "Prism needs node and npm (CI=true)"


def test_the_rule_evaluator_is_strict() -> None:
    assert gitlab_eval('$A == "x" && ($B || $C == null)', {"A": "x"})
    assert not gitlab_eval("$A", {"A": ""})
    with pytest.raises(ValueError, match="cannot evaluate"):
        gitlab_eval("$A =~ /x/", {})


def test_live_job_has_a_resource_group_and_keeps_the_key(doc: dict[str, Any]) -> None:
    jobs = gitlab_jobs(doc)
    assert jobs["contract-live"]["resource_group"]
    assert jobs["contract-live"]["script"] == ["make contract-live"]
    for name, job in jobs.items():
        drops = any(re.fullmatch(rf"unset {SECRET}", line) for line in job.get("before_script", []))
        assert drops is (name != "contract-live"), name


def test_the_key_appears_only_in_the_live_rule_and_unsets(doc: dict[str, Any]) -> None:
    places = {".".join(map(str, path)) for path, value in walk(doc) if isinstance(value, str) and SECRET in value}
    assert places == {"default.before_script.0", ".with-node.before_script.0", "contract-live.rules.0.if"}
    assert doc["default"]["before_script"][0] == doc[".with-node"]["before_script"][0] == f"unset {SECRET}"
    for job in gitlab_jobs(doc).values():
        for line in job.get("before_script", []) + job["script"]:
            assert leaky_script_lines(line) == [], line


@pytest.mark.parametrize("line", ["echo $TAVUS_API_KEY", 'printf "%s" "${TAVUS_API_KEY}"', "set -x", "env | sort"])
def test_the_leak_check_catches_printing_the_key(line: str) -> None:
    assert leaky_script_lines(line) != []


@pytest.mark.parametrize(("job", "sees_key"), [("contract", False), ("contract-live", True)])
def test_only_the_live_job_sees_the_key(doc: dict[str, Any], tmp_path: Path, job: str, sees_key: bool) -> None:
    box = Sandbox(tmp_path)
    result = run_gitlab_job(doc, job, box, PIPELINES["schedule"])
    assert result.returncode == 0, result.stdout + result.stderr
    make_calls = [c for c in box.calls() if c.startswith("make ")]
    assert make_calls == [f"make {job} key={'set' if sees_key else ''}"]
    assert KEY not in result.stdout + result.stderr


# --- spec-update ---------------------------------------------------------------------------------


def _spec_update(doc: dict[str, Any], tmp_path: Path, changed: bool, status: int = 0) -> tuple[int, Sandbox, str]:
    box = Sandbox(tmp_path)
    variables = {
        **PIPELINES["schedule"],
        "CI_SERVER_PROTOCOL": "https",
        "CI_SERVER_FQDN": "gitlab.example.com",
        "CI_PROJECT_PATH": "team/tavus-sdk",
        "GITLAB_USER_NAME": "Scheduler",
        "GITLAB_USER_EMAIL": "scheduler@example.invalid",
        "FAKE_UPSTREAM_CHANGED": str(int(changed)),
        "FAKE_REGENERATE_STATUS": str(status),
    }
    result = run_gitlab_job(doc, "spec-update", box, variables)
    return result.returncode, box, result.stdout + result.stderr


def test_spec_update_no_merge_request_when_nothing_changed(doc: dict[str, Any], tmp_path: Path) -> None:
    code, box, log = _spec_update(doc, tmp_path, changed=False)
    assert code == 0, log
    calls = [c for c in box.calls() if not c.startswith("apt-get")]
    assert calls == ["make contract-deps key=", "make fetch-spec key="]


def test_spec_update_pushes_a_branch_and_opens_the_merge_request(doc: dict[str, Any], tmp_path: Path) -> None:
    code, box, log = _spec_update(doc, tmp_path, changed=True)
    assert code == 0, log
    calls = [c for c in box.calls() if not c.startswith("apt-get")]
    assert calls[:3] == ["make contract-deps key=", "make fetch-spec key=", "make regenerate key="]
    (push,) = [c for c in calls if c.startswith("git push")]
    assert f"https://oauth2:{TOKEN}@gitlab.example.com/team/tavus-sdk.git" in push
    assert push.endswith("HEAD:refs/heads/tavus-spec-update")
    (mr,) = [c for c in calls if c.startswith("python")]
    summary = str(SUMMARY.relative_to(REGENERATE_ROOT))
    assert mr == (
        "python -m tools.gitlab_mr --source-branch tavus-spec-update --title Tavus API spec update "
        f"--description-file {summary} key="
    )
    committed = box.git("show", "--name-only", "--format=%an", "tavus-spec-update").split()
    assert committed == ["Scheduler", "generated/voices.py", SPEC]
    assert TOKEN not in log


def test_spec_update_failing_regenerate_opens_the_merge_request_then_fails(doc: dict[str, Any], tmp_path: Path) -> None:
    code, box, log = _spec_update(doc, tmp_path, changed=True, status=1)
    assert code == 2, log  # make's exit status
    (mr,) = [c for c in box.calls() if c.startswith("python")]
    assert "--title Tavus API spec update (regenerate FAILED)" in mr


def test_spec_update_refused_regenerate_opens_nothing(doc: dict[str, Any], tmp_path: Path) -> None:
    code, box, _ = _spec_update(doc, tmp_path, changed=True, status=2)
    assert code != 0
    assert not [c for c in box.calls() if c.startswith(("git push", "python"))]


def test_spec_update_without_its_token_stops_first(doc: dict[str, Any], tmp_path: Path) -> None:
    box = Sandbox(tmp_path)
    result = run_gitlab_job(doc, "spec-update", box, pipeline("schedule"))
    assert result.returncode == 1
    assert "SPEC_UPDATE_TOKEN" in result.stdout
    assert [c for c in box.calls() if c.startswith("make")] == []
