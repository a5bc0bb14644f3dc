"""Retire supplement operations that Tavus's published file now has.

Usage: python -m tools.retire_supplement OLD_PUBLISHED NEW_PUBLISHED [--supplement PATH] [--record PATH] [--dry-run]
The supplement (openapi/tavus-openapi.newer.yaml) holds what the docs pages describe and the published
file lacks. An entry is retired when a newly fetched published file makes it redundant:
- a new operation (not `x-tavus-supersedes-published`), when the published file has the same method on
  the same path (parameter names aside: `/v2/x/{id}` is `/v2/x/{x_id}`);
- a superseding operation, when the published operation it replaced changed upstream (Tavus
  republished it: its word is newer than the reconstruction; the summary says what the supersede
  added, to check it is there).
Retiring deletes the operation's lines from the supplement's text, and the path's when no operation is
left, so the rest stays byte for byte the shared copy; each entry is appended to the retirement
record (openapi/supplement-retired.yaml), which the byte-identity test reads. What retiring cannot
settle (a published schema of the same name, a superseded operation gone upstream) is reported.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tools.supplement import REPLACES_PATH, STUB, SUPERSEDES, methods, template

ROOT = Path(__file__).resolve().parent.parent
SUPPLEMENT = ROOT / "openapi" / "tavus-openapi.newer.yaml"
RECORD = ROOT / "openapi" / "supplement-retired.yaml"
Spec = dict[str, Any]
RECORD_HEADER = """\
# Supplement operations retired from tavus-openapi.newer.yaml because Tavus's published file now has
# them (tools/retire_supplement.py, run by `make regenerate`). The vendored supplement is the shared
# copy (../shared/openapi/tavus-openapi.newer.yaml) with exactly these operations' lines removed;
# tests/foundation/test_spec.py checks that.
"""


@dataclass(frozen=True)
class Retirement:
    """One supplement operation to retire, and why."""

    method: str  # upper case
    path: str  # as the supplement writes it
    operation_id: str
    kind: str  # "new" or "supersedes"
    why: str

    @property
    def operation(self) -> str:
        return f"{self.method} {self.path}"

    def record(self, published_sha256: str) -> dict[str, str]:
        return {
            "operation": self.operation,
            "operationId": self.operation_id,
            "kind": self.kind,
            "why": self.why,
            "published_sha256": published_sha256,
        }


def _by_template(spec: Spec) -> dict[str, tuple[str, Spec]]:
    return {template(path): (path, item) for path, item in (spec.get("paths") or {}).items()}


def find(old_published: Spec, new_published: Spec, supplement: Spec) -> tuple[list[Retirement], list[str]]:
    """(the supplement operations the new published file makes redundant, problems to settle by hand)."""
    old, new = _by_template(old_published), _by_template(new_published)
    retire: list[Retirement] = []
    problems: list[str] = []
    for path, item in (supplement.get("paths") or {}).items():
        published_path, published_item = new.get(template(path), ("", {}))
        for m in methods(item):
            operation, where = item[m], f"{m.upper()} {path}"
            operation_id = str(operation.get("operationId"))
            if SUPERSEDES not in operation:
                if m in published_item:
                    why = (
                        f"the published file has {m.upper()} {published_path} ({published_item[m].get('operationId')})"
                    )
                    retire.append(Retirement(m.upper(), path, operation_id, "new", why))
                continue
            replaced = item.get(REPLACES_PATH, path)
            before = old.get(template(replaced), ("", {}))[1].get(m)
            if m not in published_item:
                problems.append(f"{where} supersedes a published operation the new published file no longer has")
            elif before is not None and published_item[m] != before:
                why = (
                    f"the published {m.upper()} {published_path} changed upstream; check it has what the supersede"
                    f" added: {' '.join(str(operation[SUPERSEDES]).split())}"
                )
                retire.append(Retirement(m.upper(), path, operation_id, "supersedes", why))
    published_schemas = (new_published.get("components") or {}).get("schemas") or {}
    for name, schema in ((supplement.get("components") or {}).get("schemas") or {}).items():
        if name in published_schemas and not schema.get(STUB):
            problems.append(
                f"the published file now defines components/schemas/{name}, which the supplement also defines:"
                f" drop the supplement's or flag it {STUB}"
            )
    return retire, problems


_KEY = re.compile(r"^( *)(['\"]?)(.+?)\2:\s*$")


def _block_end(lines: list[str], start: int) -> int:
    """The index after the block whose key line is `start`: up to the next line indented no deeper
    (blank lines before it go with the block)."""
    indent = len(lines[start]) - len(lines[start].lstrip(" "))
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip(" ")) > indent):
        end += 1
    return end


def _find_key(lines: list[str], start: int, stop: int, indent: int, key: str) -> int | None:
    for i in range(start, stop):
        match = _KEY.match(lines[i])
        if match and len(match.group(1)) == indent and match.group(3) == key:
            return i
    return None


def retire_text(text: str, operations: Sequence[tuple[str, str]]) -> str:
    """The supplement's text without the given (METHOD, path) operations' lines, and without a path left
    with no operation; every other byte is kept. Raises ValueError if one is not in the text."""
    lines = text.splitlines(keepends=True)
    expected: Spec = yaml.safe_load(text)
    paths_at = _find_key(lines, 0, len(lines), 0, "paths")
    if paths_at is None:
        raise ValueError("the supplement has no `paths:`")
    for method, path in operations:
        paths_end = _block_end(lines, paths_at)
        path_at = _find_key(lines, paths_at + 1, paths_end, 2, path)
        item = (expected.get("paths") or {}).get(path) or {}
        if path_at is None or method.lower() not in item:
            raise ValueError(f"{method} {path} is not in the supplement")
        path_end = _block_end(lines, path_at)
        del item[method.lower()]
        if not methods(item):
            del lines[path_at:path_end]
            del expected["paths"][path]
            continue
        method_at = _find_key(lines, path_at + 1, path_end, 4, method.lower())
        if method_at is None:
            raise ValueError(f"{method} {path}: its lines were not found (a flow-style path item?)")
        del lines[method_at : min(_block_end(lines, method_at), path_end)]
    result = "".join(lines)
    if yaml.safe_load(result) != expected:  # the line surgery removed exactly those operations
        raise ValueError("retiring by lines did not give the supplement without those operations")
    return result


def read_record(path: Path = RECORD) -> list[dict[str, str]]:
    """The retirement record's entries (none when the file is absent)."""
    if not path.exists():
        return []
    return list((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("retired") or [])


def recorded_operations(entries: Sequence[dict[str, str]]) -> list[tuple[str, str]]:
    """(METHOD, path) of each recorded entry, in order."""
    return [tuple(e["operation"].split(" ", 1)) for e in entries]  # type: ignore[misc]


def write_record(entries: Sequence[dict[str, str]], path: Path = RECORD) -> None:
    body = yaml.safe_dump({"retired": list(entries)}, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(RECORD_HEADER + body, encoding="utf-8")


def apply(
    retirements: Sequence[Retirement], published_raw: bytes, supplement: Path = SUPPLEMENT, record: Path = RECORD
) -> None:
    """Retire these operations from the supplement file, and record them."""
    if not retirements:
        return
    text = retire_text(supplement.read_text(encoding="utf-8"), [(r.method, r.path) for r in retirements])
    digest = hashlib.sha256(published_raw).hexdigest()
    supplement.write_text(text, encoding="utf-8")
    write_record([*read_record(record), *(r.record(digest) for r in retirements)], record)


def describe(retirements: Sequence[Retirement], problems: Sequence[str]) -> list[str]:
    """One line per retirement and per problem, for fetch-spec and the PR summary."""
    lines = [f"{r.operation} ({r.operation_id}, {r.kind}): {r.why}" for r in retirements]
    return lines + [f"needs a hand edit: {p}" for p in problems]


def _load(path: Path) -> Spec:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.retire_supplement", description=__doc__.splitlines()[0])
    parser.add_argument("old_published", type=Path, help="the published file the supplement was merged with")
    parser.add_argument("new_published", type=Path, help="the newly fetched published file")
    parser.add_argument("--supplement", type=Path, default=SUPPLEMENT)
    parser.add_argument("--record", type=Path, default=RECORD)
    parser.add_argument("--dry-run", action="store_true", help="only say what would be retired")
    args = parser.parse_args(argv)
    retirements, problems = find(_load(args.old_published), _load(args.new_published), _load(args.supplement))
    for line in describe(retirements, problems):
        print(f"retire-supplement: {line}")
    if not args.dry_run:
        apply(retirements, args.new_published.read_bytes(), args.supplement, args.record)
    print(f"retire-supplement: {len(retirements)} operation(s) {'to retire' if args.dry_run else 'retired'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
