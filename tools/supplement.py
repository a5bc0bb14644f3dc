"""Merge the reconstructed supplement (openapi/tavus-openapi.newer.yaml) onto the published contract.

Usage: python -m tools.supplement PUBLISHED SUPPLEMENT OUT
The rules are those the supplement was validated with (../shared/openapi/SOURCES.newer.md, section 6):
1. a supplement path the published file lacks is added whole;
2. on a path the published file has, a method it lacks is added, and a method it has must be flagged
   `x-tavus-supersedes-published` and replaces it; a supersedes flag without a published counterpart,
   and path-level `parameters` on such a path, are errors;
3. a path flagged `x-tavus-replaces-published-path: P` (same wire path, renamed template) replaces the
   published path item P in place, and must supersede every method of P;
4. components.schemas are unioned; a name both have must be a supplement stub flagged
   `x-tavus-stub-of-published` (the published schema is kept); securitySchemes must be identical;
5. tags: the published list, then the supplement's tags it lacks;
6. operationIds are unique; an operation flagged `x-tavus-operation-id-conflict` takes its
   `merged-operation-id` (GET /v2/pals: listPersonas -> listPals), the published one keeps its id.
Every merged operation keeps its `x-tavus-*` provenance and gains `x-tavus-supplement` (`new` or
`supersedes`), so later code can tell which operations follow Tavus's docs pages, not the published file.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path
from typing import Any

import yaml

Spec = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")
SUPERSEDES = "x-tavus-supersedes-published"
REPLACES_PATH = "x-tavus-replaces-published-path"
STUB = "x-tavus-stub-of-published"
ID_CONFLICT = "x-tavus-operation-id-conflict"
MARK = "x-tavus-supplement"  # added by the merge: "new" or "supersedes"
_PARAM = re.compile(r"\{[^}]*\}")


class SupplementError(ValueError):
    """The supplement breaks the merge rules: every violation is listed, each naming its rule."""

    def __init__(self, violations: list[str]) -> None:
        self.violations = violations
        super().__init__(
            f"{len(violations)} supplement merge rule violation(s) (see SOURCES.newer.md section 6):\n"
            + "\n".join(f"- {v}" for v in violations)
        )


def template(path: str) -> str:
    """A path with its parameter names blanked: `/v2/x/{a}` and `/v2/x/{b}` are the same wire path."""
    return _PARAM.sub("{}", path)


def methods(path_item: Spec) -> list[str]:
    return [m for m in HTTP_METHODS if m in path_item]


def from_supplement(operation: Spec) -> bool:
    """Does this operation of a merged contract come from the supplement (Tavus's docs pages)?"""
    return operation.get(MARK) in ("new", "supersedes")


def supplement_operations(spec: Spec) -> list[tuple[str, str, Spec]]:
    """(METHOD, path, operation) of every merged operation that comes from the supplement."""
    return [
        (m.upper(), path, item[m])
        for path, item in (spec.get("paths") or {}).items()
        for m in methods(item)
        if from_supplement(item[m])
    ]


def _marked(operation: Spec, kind: str) -> Spec:
    return {**copy.deepcopy(operation), MARK: kind}


def _new_path(path: str, item: Spec, published: Spec, errors: list[str]) -> Spec:
    """Rule 1 (and the template clash rule 3 guards against): a path the published file lacks."""
    clash = [p for p in published["paths"] if template(p) == template(path)]
    if clash:
        errors.append(
            f"rule 3: {path} is the published {clash[0]} with renamed parameters; flag it"
            f" `{REPLACES_PATH}: {clash[0]}` (both templates in one file are invalid OpenAPI)"
        )
    merged = copy.deepcopy(item)
    for m in methods(item):
        if SUPERSEDES in item[m]:
            errors.append(f"rule 2: {m.upper()} {path} is flagged {SUPERSEDES} but the published file lacks {path}")
        merged[m] = _marked(item[m], "new")
    return merged


def _shared_path(path: str, item: Spec, theirs: Spec, errors: list[str]) -> Spec:
    """Rule 2: a path both files have; new methods are added, published ones must be superseded."""
    merged = copy.deepcopy(theirs)
    for key in item:
        if key not in HTTP_METHODS and not key.startswith("x-"):
            errors.append(f"rule 2: {path} is in the published file; path-level `{key}` in the supplement is an error")
    for m in methods(item):
        operation = item[m]
        if m in theirs and SUPERSEDES not in operation:
            errors.append(
                f"rule 2: {m.upper()} {path} ({operation.get('operationId')}) is in the published file;"
                f" flag it {SUPERSEDES} to replace it, or drop it"
            )
        elif m not in theirs and SUPERSEDES in operation:
            errors.append(
                f"rule 2: {m.upper()} {path} is flagged {SUPERSEDES} but the published file has no {m.upper()}"
            )
        merged[m] = _marked(operation, "supersedes" if m in theirs else "new")
    return merged


def _replacing_path(path: str, item: Spec, published: Spec, errors: list[str]) -> tuple[str | None, Spec]:
    """Rule 3: the published path item that this one replaces (or None), and the merged item."""
    old = item[REPLACES_PATH]
    merged = copy.deepcopy(item)
    if old not in published["paths"]:
        errors.append(f"rule 3: {path} replaces {old}, which the published file lacks")
        return None, merged
    if path in published["paths"]:
        errors.append(f"rule 3: {path} replaces {old} but is itself a published path")
    if template(old) != template(path):
        errors.append(f"rule 3: {path} replaces {old}, which is another wire path (not a renamed template)")
    theirs = published["paths"][old]
    unreplaced = [m.upper() for m in methods(theirs) if SUPERSEDES not in (item.get(m) or {})]
    if unreplaced:
        errors.append(
            f"rule 3: {path} replaces {old}, so it must supersede all its methods;"
            f" not superseded: {', '.join(unreplaced)}"
        )
    for m in methods(item):
        if SUPERSEDES in item[m] and m not in theirs:
            errors.append(f"rule 3: {m.upper()} {path} is flagged {SUPERSEDES} but {old} has no {m.upper()}")
        merged[m] = _marked(item[m], "supersedes" if m in theirs else "new")
    return old, merged


def _merge_paths(published: Spec, supplement: Spec, errors: list[str]) -> dict[str, Spec]:
    paths = copy.deepcopy(published["paths"])
    added: dict[str, Spec] = {}
    for path, item in (supplement.get("paths") or {}).items():
        if REPLACES_PATH in item:
            old, merged = _replacing_path(path, item, published, errors)
            if old is not None:  # in place: the renamed template where the published one was
                paths = {(path if p == old else p): (merged if p == old else v) for p, v in paths.items()}
        elif path in published["paths"]:
            paths[path] = _shared_path(path, item, published["paths"][path], errors)
        else:
            added[path] = _new_path(path, item, published, errors)
    return {**paths, **added}


def _merge_components(published: Spec, supplement: Spec, errors: list[str]) -> Spec:
    """Rule 4: schemas unioned (published stubs allowed to clash); securitySchemes identical."""
    ours, theirs = supplement.get("components") or {}, published.get("components") or {}
    merged = copy.deepcopy(theirs)
    for section in ours:
        if section not in ("schemas", "securitySchemes"):
            errors.append(f"rule 4: components/{section} in the supplement is not something the merge knows")
    if (ours.get("securitySchemes") or {}) != (theirs.get("securitySchemes") or {}):
        errors.append("rule 4: components/securitySchemes differ from the published file's (they must be identical)")
    schemas = merged.setdefault("schemas", {})
    for name, schema in (ours.get("schemas") or {}).items():
        if name in (theirs.get("schemas") or {}):
            if not schema.get(STUB):
                errors.append(
                    f"rule 4: components/schemas/{name} is in both files; only a schema flagged {STUB} may be"
                )
        elif schema.get(STUB):
            errors.append(f"rule 4: components/schemas/{name} is flagged {STUB} but the published file lacks it")
        else:
            schemas[name] = copy.deepcopy(schema)
    return merged


def _merge_tags(published: Spec, supplement: Spec) -> list[Spec]:
    """Rule 5: the published tags, then the supplement's it lacks (by name)."""
    tags = copy.deepcopy(published.get("tags") or [])
    known = {t["name"] for t in tags}
    return tags + [copy.deepcopy(t) for t in supplement.get("tags") or [] if t["name"] not in known]


def _settle_operation_ids(published: Spec, paths: dict[str, Spec], errors: list[str]) -> None:
    """Rule 6, in place: conflict-flagged supplement operations renamed; then every id unique."""
    published_ids = {
        f"{m.upper()} {p}": item[m].get("operationId") for p, item in published["paths"].items() for m in methods(item)
    }
    seen: dict[str, list[str]] = {}
    for path, item in paths.items():
        for m in methods(item):
            operation = item[m]
            conflict = operation.get(ID_CONFLICT) if from_supplement(operation) else None
            if conflict is not None:
                other = conflict.get("published-operation")
                if published_ids.get(other) != operation.get("operationId"):
                    errors.append(
                        f"rule 6: {m.upper()} {path} is flagged {ID_CONFLICT} with {other},"
                        f" but that published operation is not {operation.get('operationId')!r} (a stale flag: drop it)"
                    )
                elif not conflict.get("merged-operation-id"):
                    errors.append(f"rule 6: {m.upper()} {path}: {ID_CONFLICT} names no merged-operation-id")
                else:
                    operation["operationId"] = conflict["merged-operation-id"]
            seen.setdefault(str(operation.get("operationId")), []).append(f"{m.upper()} {path}")
    for operation_id, where in seen.items():
        if len(where) > 1:
            errors.append(
                f"rule 6: operationId {operation_id!r} is not unique ({'; '.join(where)}); flag the supplement one"
                f" {ID_CONFLICT} with a merged-operation-id"
            )


def merge(published: Spec, supplement: Spec) -> Spec:
    """The published contract with the supplement merged in (a new dict); raises SupplementError."""
    errors: list[str] = []
    paths = _merge_paths(published, supplement, errors)
    _settle_operation_ids(published, paths, errors)
    components = _merge_components(published, supplement, errors)
    if errors:
        raise SupplementError(errors)
    parts = {"tags": _merge_tags(published, supplement), "paths": paths, "components": components}
    out = {key: parts.pop(key) if key in parts else copy.deepcopy(value) for key, value in published.items()}
    return {**out, **parts}  # in the published key order; a section it lacks comes last


def load_merged(published_path: Path, supplement_path: Path) -> Spec:
    """The merged contract of two files (YAML); raises SupplementError."""
    published = yaml.safe_load(published_path.read_text(encoding="utf-8"))
    return merge(published, yaml.safe_load(supplement_path.read_text(encoding="utf-8")))


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    published_path, supplement_path, out_path = map(Path, argv[1:])
    try:
        merged = load_merged(published_path, supplement_path)
    except SupplementError as exc:
        print(f"supplement: {exc}", file=sys.stderr)
        return 1
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(yaml.safe_dump(merged, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    n = sum(len(methods(item)) for item in merged["paths"].values())
    print(f"supplement: {out_path}: {n} operations ({len(supplement_operations(merged))} from the supplement)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
