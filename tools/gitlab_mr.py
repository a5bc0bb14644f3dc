"""Open, or update, the GitLab merge request of a branch, its description read from a file.

Usage (in a GitLab CI job): python -m tools.gitlab_mr --source-branch BRANCH --title TITLE
    --description-file build/regenerate-summary.md [--target-branch BRANCH] [--token-env NAME]
The spec-update job of examples/ci/gitlab/.gitlab-ci.yml uses it: git push options cannot carry a
multi-line description, the merge requests API can. GitLab's predefined CI_API_V4_URL and
CI_PROJECT_ID say where; the target defaults to CI_DEFAULT_BRANCH; the token (a project access token
with the `api` scope) is read from the variable named by --token-env, default SPEC_UPDATE_TOKEN, and
is never printed. An open merge request from the same branch to the same target gets the new title
and description; otherwise one is created. Prints its URL. Exit 0 done, 1 API error, 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

TIMEOUT_S = 30.0
# GitLab's limit on a merge request description is 1,048,576 characters.
MAX_DESCRIPTION = 1_000_000


class MergeRequestError(Exception):
    """Why the merge request could not be opened or updated: one line, without the token."""


def open_or_update(
    client: httpx.Client,
    project: str,
    source: str,
    target: str,
    title: str,
    description: str,
) -> tuple[str, str]:
    """('opened' | 'updated', web URL) of the merge request from `source` to `target`."""
    base = f"/projects/{quote(project, safe='')}/merge_requests"
    if len(description) > MAX_DESCRIPTION:
        description = description[:MAX_DESCRIPTION] + "\n\n(truncated: see build/regenerate-summary.md in the job)"
    fields = {"title": title, "description": description}
    found = _json(client.get(base, params={"state": "opened", "source_branch": source, "target_branch": target}))
    if isinstance(found, list) and found:
        updated = _json(client.put(f"{base}/{found[0]['iid']}", json=fields))
        return "updated", str(updated.get("web_url", ""))
    created = _json(
        client.post(
            base, json={**fields, "source_branch": source, "target_branch": target, "remove_source_branch": True}
        )
    )
    return "opened", str(created.get("web_url", ""))


def _json(response: httpx.Response) -> Any:
    if response.is_error:
        detail = " ".join(response.text.split())[:300]
        raise MergeRequestError(
            f"{response.request.method} {response.request.url.path} answered HTTP {response.status_code}: {detail}"
        )
    return response.json()


def main(
    argv: Sequence[str] | None = None,
    environ: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
) -> int:
    env = os.environ if environ is None else environ
    parser = argparse.ArgumentParser(prog="python -m tools.gitlab_mr", description=__doc__.splitlines()[0])
    parser.add_argument("--source-branch", required=True)
    parser.add_argument("--target-branch", default=env.get("CI_DEFAULT_BRANCH"))
    parser.add_argument("--title", required=True)
    parser.add_argument("--description-file", type=Path, required=True)
    parser.add_argument("--token-env", default="SPEC_UPDATE_TOKEN", help="variable holding the token")
    args = parser.parse_args(argv)
    token = env.get(args.token_env, "")
    missing = [name for name in ("CI_API_V4_URL", "CI_PROJECT_ID") if not env.get(name)]
    missing += [args.token_env] if not token else []
    missing += ["--target-branch (or CI_DEFAULT_BRANCH)"] if not args.target_branch else []
    if missing:
        print(f"gitlab-mr: not set: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        description = args.description_file.read_text(encoding="utf-8")
    except OSError as exc:
        print(f"gitlab-mr: cannot read {args.description_file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    headers = {"PRIVATE-TOKEN": token}
    try:
        with httpx.Client(
            base_url=env["CI_API_V4_URL"], headers=headers, timeout=TIMEOUT_S, transport=transport
        ) as client:
            action, url = open_or_update(
                client, env["CI_PROJECT_ID"], args.source_branch, args.target_branch, args.title, description
            )
    except MergeRequestError as exc:
        print(f"gitlab-mr: {exc}", file=sys.stderr)
        return 1
    except httpx.HTTPError as exc:
        print(f"gitlab-mr: {env['CI_API_V4_URL']} unreachable ({type(exc).__name__})", file=sys.stderr)
        return 1
    print(f"gitlab-mr: {action} merge request {args.source_branch} -> {args.target_branch}: {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
