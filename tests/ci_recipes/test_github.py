"""The GitHub Actions recipes do what docs/ci-recipes.md says: triggers, steps, the key's one
place, and the spec-update flow run step by step against a fake `make` in a throwaway repository."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.ci_recipes._recipes import (
    GITHUB_CONTRACT,
    GITHUB_SPEC_UPDATE,
    SECRET,
    SPEC,
    GithubRun,
    Sandbox,
    github_eval,
    github_secret_problems,
    load,
    run_github_job,
    unpinned_actions,
)
from tools.regenerate import ROOT as REGENERATE_ROOT
from tools.regenerate import SUMMARY

KEY = "tvs-live-key-0123456789abcdef"
MAKE_CONTRACT = re.compile(r"(?<![\w-])make contract(?![\w-])")


@pytest.fixture
def contract() -> dict[str, Any]:
    return load(GITHUB_CONTRACT)


@pytest.fixture
def spec_update() -> dict[str, Any]:
    return load(GITHUB_SPEC_UPDATE)


def _steps_using(job: dict[str, Any], action: str) -> list[dict[str, Any]]:
    return [s for s in job["steps"] if s.get("uses", "").split("@")[0] == action]


def _event(name: str, ref: str = "refs/heads/main", fork: bool = False) -> dict[str, Any]:
    return {"github.event_name": name, "github.ref": ref, "github.event.pull_request.head.repo.fork": fork}


# --- contract.yml --------------------------------------------------------------------------------


def test_contract_runs_on_every_push_and_pull_request(contract: dict[str, Any]) -> None:
    on = contract["on"]
    assert "push" in on
    assert "pull_request" in on
    assert on["push"] is None, "no branch/path filter: every push"
    job = contract["jobs"]["contract"]
    assert "if" not in job
    runs = [s["run"] for s in job["steps"] if "run" in s]
    assert any(MAKE_CONTRACT.search(r) for r in runs)


def test_contract_sets_up_python_311_with_pip_cache_and_node(contract: dict[str, Any]) -> None:
    job = contract["jobs"]["contract"]
    names = [s.get("uses", "").split("@")[0] or "run" for s in job["steps"]]
    assert names[0] == "actions/checkout"
    (python,) = _steps_using(job, "actions/setup-python")
    assert python["with"] == {
        "python-version": "3.11",
        "cache": "pip",
        "cache-dependency-path": "requirements/dev.txt",
    }
    (node,) = _steps_using(job, "actions/setup-node")
    assert node["with"]["cache-dependency-path"] == "contract_tests/package-lock.json"
    make_at = next(i for i, s in enumerate(job["steps"]) if MAKE_CONTRACT.search(s.get("run", "")))
    assert names.index("actions/setup-python") < make_at
    assert names.index("actions/setup-node") < make_at


def test_permissions_are_read_only(contract: dict[str, Any]) -> None:
    assert contract["permissions"] == {"contents": "read"}
    assert all("permissions" not in job for job in contract["jobs"].values())


@pytest.mark.parametrize(
    ("event", "runs"),
    [
        (_event("pull_request", "refs/pull/7/merge"), False),
        (_event("pull_request", "refs/pull/7/merge", fork=True), False),
        (_event("pull_request", "refs/heads/main"), False),
        (_event("push", "refs/heads/feature"), False),
        (_event("push", "refs/tags/v1.0.0"), False),
        (_event("push"), True),
        (_event("schedule"), True),
        (_event("workflow_dispatch"), True),
    ],
    ids=["pr", "fork-pr", "pr-named-main", "push-branch", "push-tag", "push-main", "schedule", "dispatch"],
)
def test_live_job_runs_only_on_main_schedule_and_dispatch(
    contract: dict[str, Any], event: dict[str, Any], runs: bool
) -> None:
    assert bool(github_eval(contract["jobs"]["contract-live"]["if"], event)) is runs


def test_live_job_has_a_concurrency_group(contract: dict[str, Any]) -> None:
    concurrency = contract["jobs"]["contract-live"]["concurrency"]
    assert concurrency["group"]
    assert concurrency["cancel-in-progress"] is False


def test_the_key_is_only_in_the_env_of_the_live_step(contract: dict[str, Any], spec_update: dict[str, Any]) -> None:
    assert github_secret_problems(contract) == []
    assert SECRET not in GITHUB_SPEC_UPDATE.read_text(encoding="utf-8"), "spec-update needs no Tavus key"


@pytest.mark.parametrize(
    "mutate",
    [
        lambda wf: wf["jobs"]["contract-live"].setdefault("env", {}).update({SECRET: f"${{{{ secrets.{SECRET} }}}}"}),
        lambda wf: wf.setdefault("env", {}).update({SECRET: f"${{{{ secrets.{SECRET} }}}}"}),
        lambda wf: (
            wf["jobs"]["contract"]["steps"][-1].setdefault("env", {}).update({SECRET: f"${{{{ secrets.{SECRET} }}}}"})
        ),
        lambda wf: wf["jobs"]["contract-live"]["steps"][-1].update(run=f"echo key=$TAVUS_API_KEY\n{_live_run(wf)}"),
        lambda wf: wf["jobs"]["contract-live"]["steps"][-1].update(run=f"set -x\n{_live_run(wf)}"),
        lambda wf: wf["jobs"]["contract-live"]["steps"][-1].update(run=f"printenv\n{_live_run(wf)}"),
        lambda wf: wf["jobs"]["contract-live"]["steps"][-1].update(
            run="TAVUS_API_KEY=${{ secrets.TAVUS_API_KEY }} make contract-live"
        ),
        lambda wf: wf["jobs"]["contract-live"]["steps"][-1]["env"].update({SECRET: "${{ secrets.OTHER }}"}),
        lambda wf: wf["on"].update(pull_request_target=None),
    ],
    ids=["job-env", "workflow-env", "other-job", "echo", "set-x", "printenv", "inline", "wrong-secret", "pr-target"],
)
def test_the_secret_check_catches_leaks(contract: dict[str, Any], mutate: Any) -> None:
    mutate(contract)
    assert github_secret_problems(contract) != []


def _live_run(wf: dict[str, Any]) -> str:
    return str(wf["jobs"]["contract-live"]["steps"][-1]["run"])


def test_live_step_with_the_key_runs_make_contract_live(contract: dict[str, Any], tmp_path: Path) -> None:
    box = Sandbox(tmp_path)
    run = run_github_job(contract, "contract-live", box, {**_event("schedule"), f"secrets.{SECRET}": KEY})
    assert run.succeeded, run.log
    assert box.calls() == ["make contract-live key=set"]
    assert KEY not in run.log


def test_live_step_without_the_key_is_skipped(contract: dict[str, Any], tmp_path: Path) -> None:
    box = Sandbox(tmp_path)
    run = run_github_job(contract, "contract-live", box, _event("schedule"))
    assert run.succeeded, run.log
    assert box.calls() == []
    assert "skipped" in run.log


def test_contract_job_never_sees_the_key(contract: dict[str, Any], tmp_path: Path) -> None:
    box = Sandbox(tmp_path)
    run = run_github_job(contract, "contract", box, {**_event("push"), f"secrets.{SECRET}": KEY})
    assert run.succeeded, run.log
    assert box.calls() == ["make contract key="]


# --- spec-update.yml -----------------------------------------------------------------------------


def test_spec_update_is_scheduled_weekly_and_dispatchable(spec_update: dict[str, Any]) -> None:
    on = spec_update["on"]
    assert set(on) == {"schedule", "workflow_dispatch"}
    (cron,) = [entry["cron"] for entry in on["schedule"]]
    _minute, _hour, day, month, weekday = cron.split()
    assert (day, month) == ("*", "*"), f"weekly: {cron}"
    assert weekday.isdigit(), f"weekly: {cron}"
    assert spec_update["permissions"] == {"contents": "write", "pull-requests": "write"}


def test_spec_update_fetches_then_regenerates(spec_update: dict[str, Any]) -> None:
    runs = "\n".join(s.get("run", "") for s in spec_update["jobs"]["spec-update"]["steps"])
    assert 0 <= runs.index("make fetch-spec") < runs.index("make regenerate")


def test_pull_request_body_is_the_regenerate_summary(spec_update: dict[str, Any]) -> None:
    (step,) = _steps_using(spec_update["jobs"]["spec-update"], "peter-evans/create-pull-request")
    assert step["with"]["body-path"] == str(SUMMARY.relative_to(REGENERATE_ROOT))
    assert step["with"]["add-paths"].split() == [SPEC, "generated"]


def _spec_update(wf: dict[str, Any], tmp_path: Path, changed: bool, status: int = 0) -> tuple[GithubRun, Sandbox]:
    box = Sandbox(tmp_path)
    env = {"FAKE_UPSTREAM_CHANGED": str(int(changed)), "FAKE_REGENERATE_STATUS": str(status)}
    return run_github_job(wf, "spec-update", box, _event("schedule"), env), box


def test_no_pull_request_when_the_spec_did_not_change(spec_update: dict[str, Any], tmp_path: Path) -> None:
    run, box = _spec_update(spec_update, tmp_path, changed=False)
    assert run.succeeded, run.log
    assert run.pull_request is None
    assert [c.split()[1] for c in box.calls()] == ["contract-deps", "fetch-spec"]


def test_a_changed_spec_opens_a_pull_request_with_the_summary(spec_update: dict[str, Any], tmp_path: Path) -> None:
    run, box = _spec_update(spec_update, tmp_path, changed=True)
    assert run.succeeded, run.log
    assert [c.split()[1] for c in box.calls()] == ["contract-deps", "fetch-spec", "regenerate"]
    assert run.pull_request is not None
    assert run.pull_request["body"] == (box.repo / "build/regenerate-summary.md").read_text(encoding="utf-8")
    assert run.pull_request["body"].startswith("## Tavus API spec update")
    assert run.pull_request["title"] == "Tavus API spec update"
    changed = box.git("status", "--porcelain").split()
    assert {SPEC, "generated/voices.py"} <= set(changed), "what the pull request commits"


def test_a_failing_regenerate_still_opens_the_pull_request_and_fails_the_run(
    spec_update: dict[str, Any], tmp_path: Path
) -> None:
    run, _ = _spec_update(spec_update, tmp_path, changed=True, status=1)
    assert run.pull_request is not None
    assert "FAILED" in run.pull_request["title"]
    assert not run.succeeded


def test_a_refused_regenerate_opens_nothing(spec_update: dict[str, Any], tmp_path: Path) -> None:
    run, _ = _spec_update(spec_update, tmp_path, changed=True, status=2)
    assert run.pull_request is None
    assert not run.succeeded


def test_without_restoring_the_spec_regenerate_would_refuse(spec_update: dict[str, Any], tmp_path: Path) -> None:
    """The simulation is strict enough: drop the `git checkout` and regenerate's guard bites."""
    for step in spec_update["jobs"]["spec-update"]["steps"]:
        if "make regenerate" in step.get("run", ""):
            step["run"] = step["run"].replace(f"git checkout -- {SPEC}", "true")
    run, _ = _spec_update(spec_update, tmp_path, changed=True)
    assert run.pull_request is None
    assert not run.succeeded


# --- both ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [GITHUB_CONTRACT, GITHUB_SPEC_UPDATE], ids=lambda p: p.name)
def test_every_action_is_pinned(path: Path) -> None:
    assert unpinned_actions(load(path)) == []


@pytest.mark.parametrize(
    "uses", ["actions/checkout@main", "actions/checkout", "actions/checkout@latest", "a/b@v4-beta"]
)
def test_the_pin_check_rejects_branches_and_bare_names(contract: dict[str, Any], uses: str) -> None:
    contract["jobs"]["contract"]["steps"][0]["uses"] = uses
    assert unpinned_actions(contract) == [uses]
