"""Take a new Tavus spec through the whole pipeline and print a summary to paste into the PR.

Usage: python -m tools.regenerate [--spec-file PATH | --spec-url URL] [--force] [--against REV]
Steps, on the working tree: fetch the spec (default URL) or take the given file into
openapi/tavus-openapi.yaml; diff it against HEAD's copy (tools.spec_diff); retire from the supplement
(openapi/tavus-openapi.newer.yaml) the operations the new file has (tools.retire_supplement);
regenerate generated/ (tools.generate); diff the public Python API against HEAD (tools.api_diff); find
operationIds of the merged contract the wrapper has no method for (tavus._operations.OPERATIONS), the
supplement's apart; run the wrapper-coverage and contract tests.
Refuses to start when openapi/tavus-openapi.yaml, the supplement, its retirement record or generated/
has uncommitted changes (unless --force), so it never overwrites work; undo it with
`git checkout -- openapi generated` (plus `git clean -fd -- generated` for new files). The summary is
also written to build/regenerate-summary.md.
Exit 0 when generation and tests pass (breaking changes are reported, not fatal), 1 otherwise, 2 if refused.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from tools import retire_supplement
from tools.fetch_spec import FetchError, fetch, normalise, parse_and_validate
from tools.overlay import HTTP_METHODS
from tools.spec_diff import LOADER, diff_specs, render
from tools.supplement import SupplementError, from_supplement, merge

ROOT = Path(__file__).resolve().parent.parent
SPEC_REL = "openapi/tavus-openapi.yaml"
SUPPLEMENT_REL = "openapi/tavus-openapi.newer.yaml"
RECORD_REL = "openapi/supplement-retired.yaml"
TESTS = ("tests/wrapper/test_coverage.py", "contract_tests")
WORK = ROOT / "build" / "regenerate"
SUMMARY = ROOT / "build" / "regenerate-summary.md"
GUARD_HINT = (
    "Overlay operations failed (listed above, each with its `why`): upstream changed what an overlay fix"
    " patches, often by fixing the defect itself. In openapi/overlay.yaml drop each fix upstream made and"
    " re-aim the ones still needed, then rerun the same command: a spec already in place is not refused."
)
REVERT = "git checkout -- openapi generated && git clean -fd -- generated"
# Run in a fresh interpreter on the regenerated tree: the mapping, and which mapped methods exist.
READ_WRAPPER = """
import json
from functools import reduce
from tavus._operations import OPERATIONS
unimplemented = None
try:
    import tavus
    with tavus.Tavus(api_key="regenerate-check") as client:
        unimplemented = [i for i, (res, meth) in OPERATIONS.items()  # "pals.tools": a sub-resource
                         if not callable(getattr(reduce(lambda o, a: getattr(o, a, None), res.split("."), client),
                                                 meth, None))]
except Exception:
    pass
print(json.dumps({"mapped": list(OPERATIONS), "unimplemented": unimplemented}))
"""


def _run(cmd: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """Run a command at the repository root, the tree under test first on PYTHONPATH."""
    path = os.pathsep.join([str(ROOT / "generated"), str(ROOT / "wrapper"), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path}
    return subprocess.run(list(cmd), cwd=ROOT, env=env, capture_output=True, text=True, check=False)


def _git(*args: str) -> str:
    return _run(["git", *args]).stdout.rstrip()


def operation_ids(spec: dict[str, Any], *, supplement: bool | None = None) -> list[str]:
    """Every operationId of a spec, in document order; only those from the supplement (True), or only
    the others (False), when asked."""
    ids = []
    for item in (spec.get("paths") or {}).values():
        ops = [item[m] for m in HTTP_METHODS if "operationId" in (item.get(m) or {})]
        ids += [op["operationId"] for op in ops if supplement is None or from_supplement(op) == supplement]
    return ids


def _retire(old: dict[str, Any], new: dict[str, Any], against: str) -> list[str]:
    """Retire the supplement operations the new published file has; the summary's lines about the
    supplement: what this update retired (since `against`) and what needs a hand edit."""
    supplement_path = ROOT / SUPPLEMENT_REL
    if not supplement_path.exists():
        return ["- no supplement (openapi/tavus-openapi.newer.yaml): nothing to retire."]
    supplement = yaml.load(supplement_path.read_text(encoding="utf-8"), LOADER)
    retirements, problems = retire_supplement.find(old, new, supplement)
    retire_supplement.apply(retirements, (ROOT / SPEC_REL).read_bytes(), supplement_path, ROOT / RECORD_REL)
    before = _run(["git", "show", f"{against}:{RECORD_REL}"]).stdout
    known = {e["operation"] for e in ((yaml.safe_load(before) or {}).get("retired") or [])} if before else set()
    retired = [e for e in retire_supplement.read_record(ROOT / RECORD_REL) if e["operation"] not in known]
    out = [f"- retired from the supplement ({len(retired)}):" + ("" if retired else " none")]
    out += [f"  - {e['operation']} (`{e['operationId']}`, {e['kind']}): {e['why']}" for e in retired]
    out += [f"- needs a hand edit: {p}" for p in problems]
    if retired:
        out.append(f"- `{SUPPLEMENT_REL}` lost exactly these entries; `{RECORD_REL}` records them.")
    return out


def _contract(new: dict[str, Any]) -> dict[str, Any]:
    """The merged contract (the new published file + what is left of the supplement), or the published
    file alone when they do not merge (generation then fails and says why)."""
    supplement_path = ROOT / SUPPLEMENT_REL
    if not supplement_path.exists():
        return new
    try:
        return merge(new, yaml.load(supplement_path.read_text(encoding="utf-8"), LOADER))
    except SupplementError:
        return new


def wrapper_gaps(spec_ids: list[str]) -> tuple[list[str], list[str], str | None]:
    """(operationIds without a wrapper method, mapped ids no longer in the spec, import error or None)."""
    result = _run([sys.executable, "-c", READ_WRAPPER])
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return [], [], f"cannot read `tavus._operations.OPERATIONS` ({last})"
    found = json.loads(result.stdout)
    mapped, unimplemented = found["mapped"], found["unimplemented"] or []
    missing = [i for i in spec_ids if i not in mapped or i in unimplemented]
    return missing, [i for i in mapped if i not in spec_ids], None


def _block(text: str) -> str:
    body = text.strip("\n").rstrip() or "(nothing)"
    return f"```\n{body}\n```"


def _run_tests() -> tuple[bool, str]:
    """Run the wrapper-coverage and contract tests that exist; (passed or absent, summary line)."""
    present = [t for t in TESTS if (ROOT / t).exists()]
    if not present:
        return True, f"not run: neither {' nor '.join(TESTS)} exists yet"
    result = _run([sys.executable, "-m", "pytest", "-q", *present])
    # A crash before collection (an import error in a conftest) prints only to stderr.
    last = (result.stdout.strip().splitlines() or result.stderr.strip().splitlines() or ["no output"])[-1]
    command = f"`pytest -q {' '.join(present)}`"
    if result.returncode == 5:
        return True, f"{command}: no tests collected yet ({last})"
    return result.returncode == 0, f"{command}: {'passed' if result.returncode == 0 else 'FAILED'}: {last}"


def _in_place(spec_file: str | None) -> bool:
    """Is the given spec the vendored file itself (edited by hand in the working tree)?"""
    return spec_file is not None and Path(spec_file).resolve() == (ROOT / SPEC_REL).resolve()


def _already_taken(spec_file: str | None) -> bool:
    """Is the given file already in place (a rerun after fixing the overlay)? Then it is not refused."""
    if spec_file is None or not Path(spec_file).is_file():
        return False
    return Path(spec_file).read_bytes() == (ROOT / SPEC_REL).read_bytes()


def regenerate(spec_file: str | None, spec_url: str | None, against: str = "HEAD") -> tuple[bool, str]:
    """Run every step; return (success, markdown summary). Raises FetchError if no valid spec.

    `against` is the commit whose spec and Python API the summary compares with: HEAD for an update
    under way, an earlier commit to write the summary of an update already committed."""
    target = ROOT / SPEC_REL
    old_text = _run(["git", "show", f"{against}:{SPEC_REL}"]).stdout or "paths: {}"
    if _in_place(spec_file):
        parse_and_validate(target.read_bytes(), SPEC_REL)
        source = f"{SPEC_REL} as edited in the working tree"
    else:
        source = fetch(url=spec_url, file=spec_file, target=target)
    old, new = yaml.load(old_text, LOADER), yaml.load(target.read_text(encoding="utf-8"), LOADER)
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "old.normalised.yaml").write_text(normalise(old), encoding="utf-8")
    (WORK / "new.normalised.yaml").write_text(normalise(new), encoding="utf-8")
    changes = diff_specs(old, new)
    out = ["## Tavus API spec update", "", f"Source: {source}.", ""]
    out += ["### What changed upstream", "", render(changes, "markdown"), ""]
    out += ["Full text diff: `diff -u build/regenerate/old.normalised.yaml build/regenerate/new.normalised.yaml`."]
    out += ["", "### The supplement (what Tavus documents but had not published)", ""]
    out += _retire(old, new, against)

    generated = _run([sys.executable, "-m", "tools.generate", "generated"])
    out += ["", "### What changed in generated code", ""]
    if generated.returncode != 0:
        out += ["Generation FAILED (generated/ left as it was, the new spec is in place):", ""]
        out += [_block(generated.stderr[-3000:])]
        out += ["", GUARD_HINT] if "no longer apply" in generated.stderr else []
    else:
        out += [f"`git diff --stat {against} -- generated`:", ""]
        out += [_block(_git("diff", "--stat=100", against, "--", "generated"))]
        untracked = _git("ls-files", "--others", "--exclude-standard", "--", "generated").splitlines()
        new_files = _git("diff", "--name-only", "--diff-filter=A", against, "--", "generated").splitlines() + untracked
        out += ["", f"New files ({len(new_files)}):", *[f"- `{f}`" for f in new_files]] if new_files else []
        api = _run([sys.executable, "-m", "tools.api_diff", "--against", against, "--format", "markdown"])
        out += ["", f"Public Python API against {against} (`python -m tools.api_diff --against {against}`):", ""]
        out += [(api.stdout + api.stderr).strip()]

    out += ["", "### What the wrapper must adapt", ""]
    contract = _contract(new)
    ids, docs_only = operation_ids(contract), operation_ids(contract, supplement=True)
    missing, stale, error = wrapper_gaps(ids)
    added = [i for i in operation_ids(new) if i not in operation_ids(old)]
    if error:
        out.append(f"- {error}: wrapper coverage not computed.")
        out.append(f"- Operations new upstream, at least these need wrapper methods: {_ids(added)}")
    else:
        published_missing = [i for i in missing if i not in docs_only]
        supplement_missing = [i for i in missing if i in docs_only]
        out.append(f"- operationIds without a wrapper method ({len(published_missing)}): {_ids(published_missing)}")
        out.append(
            f"- supplement operationIds (from Tavus's docs pages) without a wrapper method"
            f" ({len(supplement_missing)}): {_ids(supplement_missing)}"
        )
        out.append(f"- wrapper entries whose operation is gone from the spec ({len(stale)}): {_ids(stale)}")
    breaking = [c for c in changes if c.breaking]
    if breaking:
        out.append(f"- {len(breaking)} breaking spec change(s) above: adapt or document each in the changelog.")

    out += ["", "### Tests", ""]
    tests_ok, line = _run_tests() if generated.returncode == 0 else (False, "not run: generation failed")
    out += [f"- {line}"]
    out += ["", "### Revert", "", f"Everything above changed only the working tree. To undo: `{REVERT}`."]
    return generated.returncode == 0 and tests_ok, "\n".join(out)


def _ids(ids: list[str]) -> str:
    return ", ".join(f"`{i}`" for i in ids) or "none"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.regenerate", description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--spec-file", help="take this spec (path or file:// URL) instead of downloading")
    source.add_argument("--spec-url", help="download from here (default: https://docs.tavus.io/openapi.yaml)")
    parser.add_argument("--force", action="store_true", help="overwrite uncommitted changes in openapi/generated")
    parser.add_argument("--against", default="HEAD", help="compare with this commit (default HEAD)")
    args = parser.parse_args(argv)
    spec_file, spec_url = args.spec_file or None, args.spec_url or None
    taken = _in_place(spec_file) or _already_taken(spec_file)
    guarded = ["generated"] if taken else ["generated", SPEC_REL, SUPPLEMENT_REL, RECORD_REL]
    dirty = _git("status", "--porcelain", "--", *guarded)
    if dirty and not args.force:
        print(f"regenerate: uncommitted changes would be overwritten:\n{dirty}", file=sys.stderr)
        print(f"regenerate: commit them, undo them (`{REVERT}`) or pass --force (FORCE=1)", file=sys.stderr)
        return 2
    try:
        ok, summary = regenerate(spec_file, spec_url, args.against)
    except FetchError as exc:
        print(f"regenerate: {exc}; nothing was changed", file=sys.stderr)
        return 1
    SUMMARY.parent.mkdir(parents=True, exist_ok=True)
    SUMMARY.write_text(summary + "\n", encoding="utf-8")
    print(summary)
    print(f"\nregenerate: summary written to {SUMMARY.relative_to(ROOT)}; undo with `{REVERT}`", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
