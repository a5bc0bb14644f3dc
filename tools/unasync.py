"""Derive the sync client (`wrapper/tavus/_sync/`) from the async one (`wrapper/tavus/_async/`) with unasync.

Usage: python -m tools.unasync [--check]
Every method is written once, in `_async/`; its sync twin is derived here, committed, and checked
for freshness by `make check-sync` (part of `make test`), as `generated/` is by `make check-generated`.
unasync drops `async`/`await` and renames async names; on top of its defaults, every name spelt
`AsyncX` becomes `X` and `async_x` becomes `x` (`AsyncTavus` -> `Tavus`, `async_poll` -> `poll`), and
lines between `# async-only: begin` and `# async-only: end` are left out (e.g. `aclose`).
Docstrings and comments follow: `await ` and the `async` of `async for` are dropped, and the
renamed names renamed. The output is formatted with the project's ruff, so it reads like the code it mirrors.
With --check, nothing is written: the exit status is 1, with a diff, when `_sync/` is stale.
"""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import tokenize_rt
import unasync

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "wrapper" / "tavus" / "_async"
TARGET = ROOT / "wrapper" / "tavus" / "_sync"
HEADER = "# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.\n"
ASYNC_ONLY = re.compile(r"^[ \t]*# async-only: begin\n.*?^[ \t]*# async-only: end\n", re.MULTILINE | re.DOTALL)
# Names whose sync twin is not spelt by the rule below (httpx's `AsyncClient.aclose` is `Client.close`,
# `tavus.Clock.asleep` is `Clock.sleep`).
EXTRA_NAMES = {"aclose": "close", "asleep": "sleep"}
_ASYNC_NAME = re.compile(r"^(_?)Async([A-Z]\w*)$|^(_?)async_(\w+)$")


def _sync_name(name: str) -> str | None:
    match = _ASYNC_NAME.match(name)
    if not match:
        return None
    if match.group(2):
        return match.group(1) + match.group(2)
    return match.group(3) + match.group(4)


def _replacements(sources: list[str]) -> dict[str, str]:
    """`AsyncX` -> `X` and `async_x` -> `x` for every such name (or whole-string name) in the sources."""
    found: dict[str, str] = dict(EXTRA_NAMES)
    for text in sources:
        for token in tokenize_rt.src_to_tokens(text):
            name = token.src[1:-1] if token.name == "STRING" else token.src
            if token.name in ("NAME", "STRING") and (sync := _sync_name(name)):
                found[name] = sync
    return found


_AWAIT = re.compile(r"\bawait\s+")
_ASYNC_KEYWORD = re.compile(r"\basync\s+(?=for\b|with\b|def\b)")


def _prose(text: str, names: dict[str, str]) -> str:
    """Docstrings and comments follow the code: `await x` -> `x`, `async for` -> `for`, names renamed."""
    words = (
        re.compile(r"\b(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b") if names else None
    )
    tokens = tokenize_rt.src_to_tokens(text)
    for i, token in enumerate(tokens):
        if token.name in ("STRING", "COMMENT") and token.src[1:-1] not in names:
            src = _ASYNC_KEYWORD.sub("", _AWAIT.sub("", token.src))
            if words is not None:
                src = words.sub(lambda m: names[m.group(1)], src)
            tokens[i] = token._replace(src=src)
    return tokenize_rt.tokens_to_src(tokens)


def derive(out: Path) -> list[Path]:
    """Write the sync package derived from `_async/` under `out` (a `_sync` folder); return its files."""
    files = sorted(SOURCE.rglob("*.py"))
    texts = {f: ASYNC_ONLY.sub("", f.read_text(encoding="utf-8")) for f in files}
    names = _replacements(list(texts.values()))
    texts = {f: _prose(text, names) for f, text in texts.items()}
    rule = unasync.Rule(fromdir="/_async/", todir="/_sync/", additional_replacements=names)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "_async"
        for f, text in texts.items():
            target = staged / f.relative_to(SOURCE)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        unasync.unasync_files([str(staged / f.relative_to(SOURCE)) for f in files], [rule])
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(Path(tmp) / "_sync", out)
    for f in files:
        target = out / f.relative_to(SOURCE)
        target.write_text(HEADER + target.read_text(encoding="utf-8"), encoding="utf-8")
        written.append(target)
    ruff = str(Path(sys.executable).parent / "ruff")
    paths = [str(p) for p in written]
    # From the repository root, so that pyproject.toml's ruff settings apply (line length, isort sections).
    # UP028: `for x in it: yield x` (from `async for`) becomes `yield from it`.
    fix = [ruff, "check", "--fix-only", "--unsafe-fixes", "--quiet", "--select", "I,F401,UP028", *paths]
    subprocess.run(fix, cwd=ROOT, check=True)
    subprocess.run([ruff, "format", "--quiet", *paths], cwd=ROOT, check=True)
    return written


def main(argv: list[str]) -> int:
    check = "--check" in argv[1:]
    if not check:
        derive(TARGET)
        print(f"unasync: wrote {TARGET.relative_to(ROOT)}/ from {SOURCE.relative_to(ROOT)}/")
        return 0
    with tempfile.TemporaryDirectory(dir=ROOT / "wrapper" / "tavus") as tmp:
        fresh = Path(tmp) / "_sync"
        derive(fresh)
        diff: list[str] = []
        names = {p.relative_to(fresh) for p in fresh.rglob("*.py")} | {
            p.relative_to(TARGET) for p in TARGET.rglob("*.py")
        }
        for name in sorted(names):
            old = (TARGET / name).read_text(encoding="utf-8").splitlines(True) if (TARGET / name).exists() else []
            new = (fresh / name).read_text(encoding="utf-8").splitlines(True) if (fresh / name).exists() else []
            diff += difflib.unified_diff(old, new, f"_sync/{name} (committed)", f"_sync/{name} (derived)")
    if diff:
        sys.stdout.writelines(diff[:400])
        print("check-sync: wrapper/tavus/_sync/ is stale or hand-edited; run 'make sync' and commit", file=sys.stderr)
        return 1
    print("check-sync: wrapper/tavus/_sync/ matches wrapper/tavus/_async/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
