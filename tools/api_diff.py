"""Breaking changes in the public Python API of `tavus_api` and `tavus` since a git ref, with griffe.

Usage: python -m tools.api_diff [--against REF] [--repo DIR]
REF defaults to the latest tag reachable from HEAD, else HEAD. The old API is read from REF with
`griffe.load_git` (a temporary git worktree; the working tree is not touched), the new one from the
working tree. A package missing at REF has no baseline and reports nothing. Exit 1 if any breakage.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import griffe

ROOT = Path(__file__).resolve().parent.parent
# package -> the folder it is found in, relative to the repository root.
PACKAGES = {"tavus_api": "generated", "tavus": "wrapper"}
ANSI = re.compile(r"\x1b\[[0-9;]*m")
STYLES = {"text": griffe.ExplanationStyle.ONE_LINE, "markdown": griffe.ExplanationStyle.MARKDOWN}


def default_ref(repo: Path) -> str:
    """The latest tag reachable from HEAD, else HEAD."""
    result = subprocess.run(
        ["git", "describe", "--tags", "--abbrev=0"], cwd=repo, capture_output=True, text=True, check=False
    )
    return result.stdout.strip() if result.returncode == 0 and result.stdout.strip() else "HEAD"


def _exists_at(repo: Path, ref: str, path: str) -> bool:
    result = subprocess.run(["git", "cat-file", "-e", f"{ref}:{path}"], cwd=repo, capture_output=True, check=False)
    return result.returncode == 0


def _explain(breakage: griffe.Breakage, fmt: str) -> str:
    """griffe's explanation, without colours; a removed module is named by its dotted path (griffe says `<module>`)."""
    text = ANSI.sub("", breakage.explain(style=STYLES[fmt]))
    if breakage.obj.is_module:
        text = text.replace("`<module>`" if fmt == "markdown" else "<module>", f"module `{breakage.obj.path}`", 1)
    return text


def find_breakages(repo: Path, ref: str, fmt: str = "text") -> tuple[list[str], list[str]]:
    """(one line per breakage, without colours; notes such as a package without a baseline)."""
    breakages: list[str] = []
    notes: list[str] = []
    for package, folder in PACKAGES.items():
        if not (repo / folder / package / "__init__.py").is_file():
            notes.append(f"{package}: not in the working tree, skipped")
            continue
        if not _exists_at(repo, ref, f"{folder}/{package}/__init__.py"):
            notes.append(f"{package}: absent at {ref}, no baseline to compare with")
            continue
        old = griffe.load_git(package, ref=ref, repo=repo, search_paths=[folder])
        new = griffe.load(package, search_paths=[repo / folder])
        found = [_explain(b, fmt) for b in griffe.find_breaking_changes(old, new)]
        if fmt == "markdown":
            breakages += [line.replace("- ", f"- {package}: ", 1) for line in found]
        else:
            breakages += [f"{package}: {line}" for line in found]
        notes.append(f"{package}: {len(found)} breaking change(s) against {ref}")
    return breakages, notes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.api_diff", description=__doc__.splitlines()[0])
    parser.add_argument("--against", help="git ref to compare with (default: latest tag, else HEAD)")
    parser.add_argument("--repo", type=Path, default=ROOT, help="repository root (default: this checkout)")
    parser.add_argument("--format", choices=sorted(STYLES), default="text")
    args = parser.parse_args(argv)
    repo = args.repo.resolve()
    ref = args.against or default_ref(repo)
    check = ["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"]
    if subprocess.run(check, cwd=repo, capture_output=True, check=False).returncode != 0:
        print(f"api-diff: {ref!r} is not a commit in {repo}", file=sys.stderr)
        return 2
    try:
        breakages, notes = find_breakages(repo, ref, args.format)
    except (griffe.GitError, OSError, ImportError) as exc:
        print(f"api-diff: cannot compare with {ref}: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    for line in breakages:
        print(line)
    for line in notes:
        print(f"- {line}" if args.format == "markdown" else f"api-diff: {line}")
    return 1 if breakages else 0


if __name__ == "__main__":
    sys.exit(main())
