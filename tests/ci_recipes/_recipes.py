"""Helpers for the CI recipe tests: loading, schema validation, expression evaluation, and small
simulators that run a recipe's shell scripts in a throwaway git repository with a fake `make`."""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import ROOT, make_help_targets

RECIPES = ROOT / "examples" / "ci"
GITHUB_CONTRACT = RECIPES / "github" / "contract.yml"
GITHUB_SPEC_UPDATE = RECIPES / "github" / "spec-update.yml"
GITLAB = RECIPES / "gitlab" / ".gitlab-ci.yml"
ALL_RECIPES = (GITHUB_CONTRACT, GITHUB_SPEC_UPDATE, GITLAB)
CHECK_JSONSCHEMA = Path(sys.executable).parent / "check-jsonschema"
SPEC = "openapi/tavus-openapi.yaml"
SECRET = "TAVUS_API_KEY"


# --- loading -------------------------------------------------------------------------------------


class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans (true/false only), as GitHub and GitLab read them: the
    workflow key `on` stays the string "on" instead of becoming True."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load(path: Path) -> dict[str, Any]:
    return load_text(path.read_text(encoding="utf-8"))


@cache
def _load_cached(text: str) -> dict[str, Any]:
    doc = yaml.load(text, Loader=Yaml12Loader)
    assert isinstance(doc, dict), "a CI file is a mapping"
    return doc


def load_text(text: str) -> dict[str, Any]:
    return copy.deepcopy(_load_cached(text))


# --- schema validation ---------------------------------------------------------------------------

# Any download attempt goes to a closed port: the vendored schemas must be enough.
OFFLINE_ENV = {
    **{k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "http_proxy", "https_proxy", "all_proxy")},
    "HTTP_PROXY": "http://127.0.0.1:9",
    "HTTPS_PROXY": "http://127.0.0.1:9",
    "ALL_PROXY": "http://127.0.0.1:9",
}


def schema_errors(schema: str, *files: Path) -> dict[str, list[str]]:
    """check-jsonschema's errors per file name, offline ({} when every file is valid)."""
    result = subprocess.run(
        [str(CHECK_JSONSCHEMA), "--builtin-schema", schema, "-o", "json", *map(str, files)],
        capture_output=True,
        text=True,
        env=OFFLINE_ENV,
        timeout=60,
        check=False,
    )
    report = json.loads(result.stdout)
    errors: dict[str, list[str]] = {}
    for err in report.get("errors", []):
        best = err.get("best_deep_match") or err.get("best_match") or err
        errors.setdefault(err["filename"], []).append(f"{err['path']}: {best['message']}")
    for err in report.get("parse_errors", []):
        errors.setdefault(err["filename"], []).append(f"parse error: {err}")
    assert (result.returncode == 0) == (report["status"] == "ok") == (not errors), result.stdout + result.stderr
    return errors


# --- expressions ---------------------------------------------------------------------------------

_GH_TOKEN = re.compile(r"\s+|(\(|\)|&&|\|\||==|!=|!|'(?:[^']|'')*'|[A-Za-z_][\w.-]*|\d+)")
_GL_TOKEN = re.compile(r"\s+|(\(|\)|&&|\|\||==|!=|\$\w+|\"[^\"]*\"|'[^']*'|null\b)")


def _translate(expr: str, token: re.Pattern[str], word: Callable[[str], str]) -> str:
    out, pos = [], 0
    while pos < len(expr):
        m = token.match(expr, pos)
        if m is None or m.end() == pos:
            raise ValueError(f"cannot evaluate {expr!r} at {expr[pos:]!r}")
        pos, tok = m.end(), m.group(1)
        if tok is None:
            continue
        op = {"&&": " and ", "||": " or ", "!": " not ", "(": "(", ")": ")", "==": "==", "!=": "!="}.get(tok)
        out.append(op if op is not None else word(tok))
    return "".join(out)


def github_eval(expr: str, ctx: Mapping[str, Any]) -> Any:
    """A GitHub Actions expression (the subset the recipes use: contexts, strings, ==, !=, !, &&, ||,
    parentheses) evaluated with `ctx` mapping dotted context names to values (absent: null)."""
    expr = expr.strip()
    if expr.startswith("${{") and expr.endswith("}}"):
        expr = expr[3:-2]

    def word(tok: str) -> str:
        if tok.startswith("'"):
            return repr(tok[1:-1].replace("''", "'"))
        if tok.isdigit():
            return repr(tok)  # the recipes compare step outputs, which are strings
        return {"true": "True", "false": "False", "null": "None"}.get(tok, f"ctx.get({tok!r})")

    return eval(_translate(expr, _GH_TOKEN, word), {"__builtins__": {}}, {"ctx": ctx})


def github_interpolate(value: Any, ctx: Mapping[str, Any]) -> str:
    """A workflow string with its ${{ }} expressions evaluated."""
    return re.sub(r"\$\{\{(.*?)\}\}", lambda m: str(github_eval(m.group(1), ctx) or ""), str(value))


def gitlab_eval(expr: str, variables: Mapping[str, str]) -> bool:
    """A GitLab `rules:if` expression (variables, strings, null, ==, !=, &&, ||, parentheses)."""

    def word(tok: str) -> str:
        if tok.startswith("$"):
            return f"v.get({tok[1:]!r})"
        return "None" if tok == "null" else repr(tok[1:-1])

    return bool(eval(_translate(expr, _GL_TOKEN, word), {"__builtins__": {}}, {"v": variables}))


def gitlab_job_runs(job: Mapping[str, Any], variables: Mapping[str, str]) -> bool:
    """Is the job added to a pipeline with these variables? First matching rule wins."""
    if "only" in job or "except" in job:
        raise ValueError("only/except are not evaluated here: use rules")
    rules = job.get("rules")
    if rules is None:  # no rules: branch and tag pipelines, not merge request pipelines
        return variables.get("CI_PIPELINE_SOURCE") != "merge_request_event"
    for rule in rules:
        if set(rule) - {"if", "when", "variables", "allow_failure"}:
            raise ValueError(f"rule keys not evaluated here: {sorted(rule)}")
        if "if" not in rule or gitlab_eval(rule["if"], variables):
            return rule.get("when", "on_success") != "never"
    return False


# --- walking the documents -----------------------------------------------------------------------


def walk(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    """Every (path, scalar) of a parsed document; mapping keys are scalars too."""
    if isinstance(node, dict):
        found: list[tuple[tuple[Any, ...], Any]] = []
        for key, value in node.items():
            found.append(((*path, "<key>"), key))
            found += walk(value, (*path, key))
        return found
    if isinstance(node, list):
        return [item for i, value in enumerate(node) for item in walk(value, (*path, i))]
    return [(path, node)]


def github_scripts(wf: Mapping[str, Any]) -> list[str]:
    return [step["run"] for job in wf["jobs"].values() for step in job.get("steps", []) if "run" in step]


def gitlab_jobs(doc: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Visible jobs, with `default` and `extends` merged in (enough of GitLab's merge for the recipes)."""
    reserved = {"default", "include", "stages", "variables", "workflow", "image", "services", "cache"}
    jobs = {}
    for name, job in doc.items():
        if name in reserved or name.startswith(".") or not isinstance(job, dict):
            continue
        merged = dict(doc.get("default", {}))
        extends = job.get("extends", [])
        for parent in [extends] if isinstance(extends, str) else extends:
            merged.update(doc[parent])
        merged.update(job)
        merged["variables"] = {**doc.get("variables", {}), **merged.get("variables", {})}
        jobs[name] = merged
    return jobs


def gitlab_scripts(doc: Mapping[str, Any]) -> list[str]:
    scripts = []
    for job in gitlab_jobs(doc).values():
        for key in ("before_script", "script", "after_script"):
            value = job.get(key, [])
            scripts += [value] if isinstance(value, str) else value
    return scripts


# --- make targets --------------------------------------------------------------------------------

_MAKE = re.compile(r"(?<![\w.-])make((?:\s+[A-Z_][A-Z0-9_]*=\S+)*)\s+([a-z][a-z0-9-]*)")


def make_invocations(script: str) -> list[tuple[str, str]]:
    """(target, variables) of each `make [VAR=value ...] target` in a shell script, comments aside."""
    code = "\n".join(line.split("#", 1)[0] if line.lstrip().startswith("#") else line for line in script.splitlines())
    return [(m.group(2), m.group(1).strip()) for m in _MAKE.finditer(code)]


def missing_make_targets(targets: set[str]) -> list[str]:
    """Targets that `make help` does not list or `make -n` cannot build, in /work/main's Makefile."""
    missing = []
    for target in sorted(targets):
        dry = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True, timeout=30)
        if target not in make_help_targets() or dry.returncode != 0:
            missing.append(f"{target}: {'not in make help' if target not in make_help_targets() else dry.stderr}")
    return missing


# --- action pins ---------------------------------------------------------------------------------

_PINNED = re.compile(r"^[\w.-]+/[\w.-]+(?:/[\w./-]+)?@(?:v\d+(?:\.\d+){0,2}|[0-9a-f]{40})$")


def unpinned_actions(wf: Mapping[str, Any]) -> list[str]:
    """Every remote `uses:` not pinned to a version tag (v4, v4.2, v4.2.1) or a full commit SHA."""
    uses = [step["uses"] for job in wf["jobs"].values() for step in job.get("steps", []) if "uses" in step]
    uses += [job["uses"] for job in wf["jobs"].values() if "uses" in job]  # reusable workflows
    return [u for u in uses if not u.startswith(("./", "docker://")) and not _PINNED.match(u)]


# --- secrets -------------------------------------------------------------------------------------

_ECHOES = re.compile(r"\b(?:echo|printf|print|cat|tee|logger)\b[^\n]*\$\{?" + SECRET + r"\b")
_DUMPS = re.compile(r"^\s*(?:set\s+-[a-wyz]*x|printenv\b|env\s*(?:$|\|)|declare\s+-p|export\s+-p)", re.MULTILINE)


def leaky_script_lines(script: str) -> list[str]:
    """Lines that would print the key: an echo of $TAVUS_API_KEY, `set -x`, an environment dump."""
    return [m.group(0).strip() for m in _ECHOES.finditer(script)] + [
        m.group(0).strip() for m in _DUMPS.finditer(script)
    ]


def github_secret_problems(wf: Mapping[str, Any], live_job: str = "contract-live") -> list[str]:
    """Where the key could leak or reach code it should not: the empty list when it is passed as
    `${{ secrets.TAVUS_API_KEY }}` in the env of the one step that runs `make contract-live`."""
    problems = []
    expected = f"${{{{ secrets.{SECRET} }}}}"
    places = [p for p, v in walk(wf) if isinstance(v, str) and f"secrets.{SECRET}" in v]
    wanted = [
        ("jobs", live_job, "steps", i, "env", SECRET)
        for i, step in enumerate(wf["jobs"].get(live_job, {}).get("steps", []))
        if "make contract-live" in step.get("run", "")
    ]
    if len(wanted) != 1:
        problems.append(f"{live_job}: expected exactly one step running `make contract-live`, found {len(wanted)}")
    for place in places:
        if place not in wanted:
            problems.append(f"secrets.{SECRET} referenced at {'.'.join(map(str, place))}")
    for place in wanted:
        value = wf["jobs"][live_job]["steps"][place[3]].get("env", {}).get(SECRET)
        if value != expected:
            problems.append(f"the contract-live step's env {SECRET} is {value!r}, not {expected!r}")
    for script in github_scripts(wf):
        if "${{" in script and "secrets." in script:
            problems.append(f"a run: script interpolates a secret: {script[:80]!r}")
        problems += [f"a run: script prints the key: {line!r}" for line in leaky_script_lines(script)]
    triggers = (
        wf["on"]
        if isinstance(wf["on"], dict)
        else {e: None for e in ([wf["on"]] if isinstance(wf["on"], str) else wf["on"])}
    )
    if "pull_request_target" in triggers:
        problems.append("pull_request_target gives pull requests from forks the repository's secrets")
    return problems


# --- simulators ----------------------------------------------------------------------------------

FAKE_MAKE = r"""#!/usr/bin/env bash
# A stand-in for make: logs each call, and acts like the real targets on the spec and generated/;
# like GNU make, it exits 2 when the recipe fails.
echo "make $* key=${TAVUS_API_KEY:+set}" >> "$FAKE_LOG"
target=""; for arg in "$@"; do case "$arg" in *=*) ;; *) target="$arg" ;; esac; done
case "$target" in
  fetch-spec)
    if [ "${FAKE_UPSTREAM_CHANGED:-0}" = 1 ]; then echo "listVoices: {}" >> openapi/tavus-openapi.yaml; fi ;;
  regenerate)
    guarded="generated openapi/tavus-openapi.yaml"
    case " $* " in *" SPEC_FILE=openapi/tavus-openapi.yaml "*) guarded="generated" ;; esac
    case " $* " in *" FORCE=1 "*) guarded="" ;; esac
    if [ -n "$guarded" ] && [ -n "$(git status --porcelain -- $guarded)" ]; then
      echo "regenerate: uncommitted changes would be overwritten" >&2; exit 2  # tools.regenerate: 2
    fi
    case " $* " in *" SPEC_FILE=openapi/tavus-openapi.yaml "*) ;; *)
      if [ "${FAKE_UPSTREAM_CHANGED:-0}" = 1 ]; then
        grep -q listVoices openapi/tavus-openapi.yaml || echo "listVoices: {}" >> openapi/tavus-openapi.yaml
      fi ;;
    esac
    status="${FAKE_REGENERATE_STATUS:-0}"  # tools.regenerate's exit status
    if [ "$status" -le 1 ]; then
      echo "voices = 1" > generated/voices.py
      mkdir -p build && printf '## Tavus API spec update\n\nSource: fake.\n' > build/regenerate-summary.md
    fi
    [ "$status" = 0 ] || exit 2 ;;  # GNU make exits 2 whatever the failing command returned
esac
exit 0
"""

FAKE_LOGGER = """#!/usr/bin/env bash
echo "$(basename "$0") $* key=${TAVUS_API_KEY:+set}" >> "$FAKE_LOG"
"""

FAKE_GIT = """#!/usr/bin/env bash
# Real git, except `git push`, which is only logged.
if [ "$1" = push ]; then echo "git $*" >> "$FAKE_LOG"; exit 0; fi
exec {git} "$@"
"""


@dataclass
class Sandbox:
    """A throwaway repository (the vendored spec committed, generated/ with one file) and a bin/
    directory with fake make, apt-get and `git push`, for running the recipes' scripts."""

    root: Path
    repo: Path = field(init=False)
    bin: Path = field(init=False)
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.repo, self.bin, self.log = self.root / "repo", self.root / "bin", self.root / "calls.log"
        (self.repo / "openapi").mkdir(parents=True)
        (self.repo / "generated").mkdir()
        (self.repo / SPEC).write_text("openapi: 3.0.0\n", encoding="utf-8")
        (self.repo / "generated" / "api.py").write_text("api = 1\n", encoding="utf-8")
        (self.repo / ".gitignore").write_text("build/\n.venv/\n", encoding="utf-8")
        self.bin.mkdir()
        real_git = shutil.which("git")
        assert real_git, "git is needed for the recipe simulations"
        for name, text in {"make": FAKE_MAKE, "apt-get": FAKE_LOGGER, "git": FAKE_GIT.format(git=real_git)}.items():
            (self.bin / name).write_text(text, encoding="utf-8")
            (self.bin / name).chmod(0o755)
        (self.repo / ".venv" / "bin").mkdir(parents=True)
        (self.repo / ".venv" / "bin" / "python").write_text(FAKE_LOGGER, encoding="utf-8")
        (self.repo / ".venv" / "bin" / "python").chmod(0o755)
        self.log.touch()
        self.git("init", "-q", "-b", "main")
        self.git("add", "-A")
        self.git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "baseline")

    def env(self, extra: Mapping[str, str]) -> dict[str, str]:
        return {
            "PATH": f"{self.bin}{os.pathsep}/usr/bin{os.pathsep}/bin",
            "HOME": str(self.root),
            "FAKE_LOG": str(self.log),
            "GIT_CONFIG_NOSYSTEM": "1",
            "CI": "true",
            **extra,
        }

    def git(self, *args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=self.repo, env=self.env({}), capture_output=True, text=True, check=True
        ).stdout

    def bash(self, script: str, env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
        """The script as GitHub (`bash -e -o pipefail`) and GitLab's runner run it."""
        return subprocess.run(
            ["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script],
            cwd=self.repo,
            env=self.env(env),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def calls(self) -> list[str]:
        return self.log.read_text(encoding="utf-8").splitlines()


@dataclass
class GithubRun:
    succeeded: bool
    executed: list[str]  # step names (or `uses`) that ran
    outputs: dict[str, dict[str, str]]
    pull_request: dict[str, str] | None  # create-pull-request's evaluated inputs, body read from body-path
    log: str


def run_github_job(
    wf: Mapping[str, Any], job_name: str, box: Sandbox, ctx: Mapping[str, Any], env: Mapping[str, str] | None = None
) -> GithubRun:
    """Run a job's steps in order, like the runner: `if:` evaluated (default success()), run:
    scripts in bash -e -o pipefail with $GITHUB_OUTPUT, `uses:` a no-op except create-pull-request."""
    job = wf["jobs"][job_name]
    outputs: dict[str, dict[str, str]] = {}
    executed, log, ok, pull_request = [], [], True, None
    for i, step in enumerate(job["steps"]):
        name = step.get("name") or step.get("uses") or f"step {i}"
        context = {**ctx, **{f"steps.{sid}.outputs.{k}": v for sid, out in outputs.items() for k, v in out.items()}}
        if not ok or ("if" in step and not github_eval(step["if"], context)):
            continue
        executed.append(name)
        if "uses" in step:
            if step["uses"].startswith("peter-evans/create-pull-request@"):
                inputs = {k: github_interpolate(v, context) for k, v in step.get("with", {}).items()}
                body = box.repo / inputs["body-path"]
                inputs["body"] = body.read_text(encoding="utf-8") if body.exists() else ""
                pull_request = inputs
            continue
        out_file = box.root / f"output-{i}"
        out_file.touch()
        step_env = {
            k: github_interpolate(v, context)
            for k, v in {**wf.get("env", {}), **job.get("env", {}), **step.get("env", {})}.items()
        }
        result = box.bash(step["run"], {**(env or {}), **step_env, "GITHUB_OUTPUT": str(out_file)})
        log.append(result.stdout + result.stderr)
        lines = out_file.read_text(encoding="utf-8").splitlines()
        if "id" in step:
            outputs[step["id"]] = dict(line.split("=", 1) for line in lines if "=" in line)
        ok = result.returncode == 0
    return GithubRun(ok, executed, outputs, pull_request, "".join(log))


def run_gitlab_job(
    doc: Mapping[str, Any], job_name: str, box: Sandbox, variables: Mapping[str, str]
) -> subprocess.CompletedProcess[str]:
    """before_script + script of a job in one bash -e -o pipefail shell, as GitLab's runner does,
    with the pipeline's variables (CI/CD and predefined) and the job's `variables:` in the environment."""
    job = gitlab_jobs(doc)[job_name]
    lines = [*job.get("before_script", []), *job["script"]]
    return box.bash("\n".join(lines), {**job["variables"], **variables})
