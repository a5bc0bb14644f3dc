"""tools.gitlab_mr, which the GitLab spec-update job uses: against a mocked merge requests API."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from tools import gitlab_mr

TOKEN = "glpat-secret-token-value"
ENV = {
    "CI_API_V4_URL": "https://gitlab.example.com/api/v4",
    "CI_PROJECT_ID": "42",
    "CI_DEFAULT_BRANCH": "main",
    "SPEC_UPDATE_TOKEN": TOKEN,
}
SUMMARY = "## Tavus API spec update\n\n| a | b |\n| --- | --- |\n\nmulti-line: what push options cannot carry\n"


class FakeGitLab:
    def __init__(self, open_mrs: list[dict[str, object]], fail: int | None = None) -> None:
        self.open_mrs, self.fail = open_mrs, fail
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert request.headers["PRIVATE-TOKEN"] == TOKEN
        if self.fail is not None:
            return httpx.Response(self.fail, json={"message": "403 Forbidden"})
        base = "/api/v4/projects/42/merge_requests"
        if request.method == "GET" and request.url.path == base:
            return httpx.Response(200, json=self.open_mrs)
        if request.method == "POST" and request.url.path == base:
            return httpx.Response(201, json={"iid": 9, "web_url": "https://gitlab.example.com/t/s/-/merge_requests/9"})
        if request.method == "PUT" and request.url.path == f"{base}/3":
            return httpx.Response(200, json={"iid": 3, "web_url": "https://gitlab.example.com/t/s/-/merge_requests/3"})
        return httpx.Response(404, json={"message": "404 Not found"})


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    summary = tmp_path / "regenerate-summary.md"
    summary.write_text(SUMMARY, encoding="utf-8")

    def _run(api: FakeGitLab, env: dict[str, str] = ENV, *extra: str) -> tuple[int, str, str]:
        argv = ["--source-branch", "tavus-spec-update", "--title", "Tavus API spec update"]
        argv += ["--description-file", str(summary), *extra]
        code = gitlab_mr.main(argv, env, httpx.MockTransport(api))
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_opens_a_merge_request_with_the_summary_as_description(run: Callable[..., tuple[int, str, str]]) -> None:
    api = FakeGitLab(open_mrs=[])
    code, out, err = run(api)
    assert code == 0, err
    get, post = api.requests
    assert dict(get.url.params) == {"state": "opened", "source_branch": "tavus-spec-update", "target_branch": "main"}
    assert json.loads(post.content) == {
        "title": "Tavus API spec update",
        "description": SUMMARY,
        "source_branch": "tavus-spec-update",
        "target_branch": "main",
        "remove_source_branch": True,
    }
    assert (
        out
        == "gitlab-mr: opened merge request tavus-spec-update -> main: https://gitlab.example.com/t/s/-/merge_requests/9\n"
    )


def test_updates_the_open_merge_request_of_the_branch(run: Callable[..., tuple[int, str, str]]) -> None:
    api = FakeGitLab(open_mrs=[{"iid": 3}])
    code, out, _ = run(api)
    assert code == 0
    assert [r.method for r in api.requests] == ["GET", "PUT"]
    assert json.loads(api.requests[1].content) == {"title": "Tavus API spec update", "description": SUMMARY}
    assert "updated merge request" in out


def test_an_api_error_exits_1_without_the_token(run: Callable[..., tuple[int, str, str]]) -> None:
    code, out, err = run(FakeGitLab(open_mrs=[], fail=403))
    assert code == 1
    assert "HTTP 403" in err
    assert "403 Forbidden" in err
    assert TOKEN not in out + err


@pytest.mark.parametrize("unset", ["SPEC_UPDATE_TOKEN", "CI_API_V4_URL", "CI_PROJECT_ID", "CI_DEFAULT_BRANCH"])
def test_missing_settings_exit_2_and_call_nothing(run: Callable[..., tuple[int, str, str]], unset: str) -> None:
    api = FakeGitLab(open_mrs=[])
    code, _, err = run(api, {k: v for k, v in ENV.items() if k != unset})
    assert code == 2
    assert unset in err or "--target-branch" in err
    assert api.requests == []


def test_a_long_summary_is_truncated_to_gitlab_s_limit() -> None:
    api = FakeGitLab(open_mrs=[])
    with httpx.Client(
        base_url=ENV["CI_API_V4_URL"], headers={"PRIVATE-TOKEN": TOKEN}, transport=httpx.MockTransport(api)
    ) as client:
        gitlab_mr.open_or_update(client, "42", "b", "main", "t", "x" * 2_000_000)
    description = json.loads(api.requests[-1].content)["description"]
    assert len(description) <= 1_048_576
    assert description.endswith("(truncated: see build/regenerate-summary.md in the job)")
