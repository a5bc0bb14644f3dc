"""Compare two versions of the Tavus OpenAPI contract and classify every difference.

Usage: python -m tools.spec_diff OLD NEW [--format text|markdown|json]
OLD and NEW are files (YAML or JSON) or git blobs written REV:PATH (HEAD:openapi/tavus-openapi.yaml).
Exit status: 1 if any difference is breaking, 0 otherwise, 2 on a usage or parse error.
The comparison is semantic (parsed documents), so key order and formatting never show up.
RULES below is the whole classification; docs/spec-changes.md explains it.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

Schema = dict[str, Any]
Params = dict[tuple[str, str], Schema]
K = TypeVar("K")
HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")
# Keywords that document a schema without changing what is valid; ignored when comparing shapes.
DOC_KEYS = frozenset({"description", "example", "examples", "title", "summary", "externalDocs"})
# Validation keywords: a tighter value can reject requests that passed before.
CONSTRAINTS = (
    *("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
    *("minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems"),
)
COMPOSITIONS = ("oneOf", "anyOf", "allOf")
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ~8x faster
EXTRA = "extra data; nothing relied on it"
# Names this alike are one field renamed (`objectives` -> `objective`), whatever their schemas.
NEAR_NAME = 0.9
OPEN = "our client opens response enums, required and nullable (overlay transform tolerant-responses)"

# kind -> (breaking in a request, why; breaking in a response, why). Operation-level kinds use the
# request half. A request is what callers send (parameters, request bodies), a response what they read.
RULES: dict[str, tuple[bool, str, bool, str]] = {
    "operation-added": (False, "new capability; the wrapper needs a method for it", False, ""),
    "operation-removed": (True, "callers get 404; the generated function disappears", True, ""),
    "operation-id-changed": (True, "generated module and function names follow the operationId", True, ""),
    "parameter-added-optional": (False, "existing calls stay valid", False, ""),
    "parameter-added-required": (True, "existing calls do not send it", True, ""),
    "parameter-removed": (True, "the generated function loses the argument", True, ""),
    "parameter-renamed": (True, "the wire name (or generated keyword) changes; old callers break", True, ""),
    "body-added-optional": (False, "existing calls send no body and stay valid", False, ""),
    "body-added-required": (True, "existing calls send no body", True, ""),
    "body-removed": (True, "callers sending a body break", True, ""),
    "status-added": (False, "", False, "the generated return type gains a member"),
    "status-removed": (True, "", True, "the generated client stops parsing it; code handling it breaks"),
    "media-type-added": (False, "an additional representation", False, "an additional representation"),
    "media-type-removed": (True, "that body is no longer accepted", True, "that body is no longer described"),
    "field-added-optional": (False, "existing calls stay valid", False, EXTRA),
    "field-added-required": (True, "existing calls do not send it", False, EXTRA),
    "field-removed": (True, "callers sending it are rejected or ignored", True, "code reading it breaks"),
    "field-renamed": (True, "a new name: code using the old name breaks", True,
                      "a new name: code reading the old name breaks"),
    "became-required": (True, "existing calls may not send it", False, "more guaranteed than before"),
    "became-optional": (False, "less demanded than before", False, f"it may be absent; {OPEN}"),
    "type-changed": (True, "existing values no longer fit; the generated type changes", True,
                     "received values no longer fit the generated type"),
    "format-changed": (True, "the generated Python type can change (str -> datetime)", True,
                       "the generated Python type can change (str -> datetime)"),
    "nullable-added": (False, "null is accepted too", False, f"null may arrive; {OPEN}"),
    "nullable-removed": (True, "callers sending null are rejected", False, "null is no longer sent"),
    "constraint-changed": (True, "may reject requests that passed before; review", False,
                           "the generated client does not check constraints"),
    "default-changed": (False, "callers omitting it get another behaviour: changelog it", False,
                        "documentation only for responses"),
    "enum-added": (True, "values sent before may now be rejected", False, "narrows what we receive"),
    "enum-lifted": (False, "widens what is accepted", False, f"any value may arrive; {OPEN}"),
    "enum-value-added": (False, "one more value accepted", False,
                         f"strict clients would fail to parse it, not ours: {OPEN}"),
    "enum-value-removed": (True, "callers sending it are rejected; the generated Literal loses it",
                           False, "no longer sent to us"),
    "additional-properties-closed": (True, "unknown keys are now refused", False, "fewer keys arrive"),
    "additional-properties-changed": (False, "review", False, "review"),
    "composition-changed": (True, "the generated model changes shape; review by hand", True,
                            "the generated model changes shape; review by hand"),
}  # fmt: skip


class SpecLoadError(Exception):
    """A spec argument that cannot be read or parsed (exit status 2)."""


@dataclass(frozen=True)
class Change:
    """One difference: where it is, what changed, whether it breaks existing callers, and why."""

    operation: str  # "GET /v2/replicas/{replica_id} (getReplica)"
    location: str  # "response 200 `data[].status`", "query parameter `limit`", "" for the operation
    kind: str  # a key of RULES
    change: str  # short human description
    breaking: bool
    reason: str


@dataclass
class _Recorder:
    """Collects the changes of one operation, classified by RULES."""

    operation: str
    changes: list[Change] = field(default_factory=list)

    def add(self, location: str, kind: str, change: str, request: bool = True) -> None:
        req_breaking, req_why, resp_breaking, resp_why = RULES[kind]
        breaking, why = (req_breaking, req_why) if request else (resp_breaking, resp_why)
        self.changes.append(Change(self.operation, location, kind, change, breaking, why))


def _where(place: str, field_path: str) -> str:
    return f"{place} `{field_path}`" if field_path else place


def _shape(schema: Any) -> Any:
    """The schema without documentation keywords: two fields with equal shapes accept the same data."""
    if isinstance(schema, dict):
        return {
            k: {n: _shape(s) for n, s in v.items()} if k == "properties" and isinstance(v, dict) else _shape(v)
            for k, v in schema.items()
            if k not in DOC_KEYS
        }
    if isinstance(schema, list):
        return [_shape(v) for v in schema]
    return schema


def _type(schema: Schema) -> str:
    if "type" in schema:
        return str(schema["type"])
    return "object" if "properties" in schema else "any"


def _required(schema: Schema) -> list[str]:
    req = schema.get("required")
    return list(req) if isinstance(req, list) else []


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def _pair_renames(
    removed: list[K],
    added: list[K],
    old: dict[K, Any],
    new: dict[K, Any],
    shape: Callable[[Any], Any] = _shape,
    key: Callable[[K], tuple[str, str]] = lambda k: ("", str(k)),
) -> tuple[list[tuple[K, K, bool]], dict[K, list[K]]]:
    """Pair removed and added names that are renames; unlist the paired ones.

    A pair is a rename when it is the only removed/added pair of one shape in its group (`key` gives
    (group, name): parameters pair within one operation), or when the names are near-identical
    (`objectives` -> `objective`), whatever the shapes. Where several added names have the shape of a
    removed one, the diff cannot tell which it became: no pair, but `maybe` lists the candidates.
    Returns ([(removed, added, same_shape)], maybe)."""
    pairs: list[tuple[K, K, bool]] = []
    maybe: dict[K, list[K]] = {}
    for r in list(removed):
        group, name = key(r)
        same = [a for a in added if key(a)[0] == group and shape(old[r]) == shape(new[a])]
        rivals = [o for o in removed if key(o)[0] == group and shape(old[o]) == shape(old[r])]
        near = [a for a in added if key(a)[0] == group and _similarity(name, key(a)[1]) >= NEAR_NAME]
        if len(same) == 1 and len(rivals) == 1:
            match, same_shape = same[0], True
        elif len(near) == 1:
            match, same_shape = near[0], near[0] in same
        else:
            if same:
                maybe[r] = same
            continue
        pairs.append((r, match, same_shape))
        removed.remove(r)
        added.remove(match)
    return pairs, maybe


def _perhaps(candidates: list[Any] | None, name: Callable[[Any], str]) -> str:
    if not candidates:
        return ""
    return "; perhaps renamed to " + " or ".join(f"`{name(c)}`" for c in candidates) + " (same schema)"


def _diff_enum(rec: _Recorder, loc: str, old: Schema, new: Schema, request: bool) -> None:
    old_enum, new_enum = old.get("enum"), new.get("enum")
    if old_enum is None and new_enum is not None:
        rec.add(loc, "enum-added", f"now restricted to {new_enum}", request)
    elif old_enum is not None and new_enum is None:
        rec.add(loc, "enum-lifted", "no longer restricted to an enum", request)
    elif old_enum is not None and new_enum is not None:
        for value in [v for v in old_enum if v not in new_enum]:
            rec.add(loc, "enum-value-removed", f"enum value {value!r} removed", request)
        for value in [v for v in new_enum if v not in old_enum]:
            rec.add(loc, "enum-value-added", f"enum value {value!r} added", request)


def _diff_properties(rec: _Recorder, place: str, fp: str, old: Schema, new: Schema, request: bool) -> None:
    old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
    old_req, new_req = _required(old), _required(new)
    removed = [k for k in old_props if k not in new_props]
    added = [k for k in new_props if k not in old_props]
    gone, arrived = set(removed), set(added)

    def child(name: str) -> str:
        return f"{fp}.{name}" if fp else name

    # A rename keeps the schema and the required-ness; anything else is a removal plus an addition.
    old_fields = {k: (old_props[k], k in old_req) for k in removed}
    new_fields = {k: (new_props[k], k in new_req) for k in added}
    pairs, maybe = _pair_renames(removed, added, old_fields, new_fields, lambda f: (_shape(f[0]), f[1]))
    for r, a, same_shape in pairs:
        also = "" if same_shape else "; its schema changed too"
        rec.add(_where(place, child(r)), "field-renamed", f"renamed to `{child(a)}`{also}", request)
    for name in removed:
        perhaps = _perhaps(maybe.get(name), child)
        rec.add(_where(place, child(name)), "field-removed", f"field removed{perhaps}", request)
    for name in added:
        req = name in new_req
        kind = "field-added-required" if req else "field-added-optional"
        rec.add(_where(place, child(name)), kind, f"new {'required' if req else 'optional'} field", request)
    # `required` may name fields declared elsewhere (e.g. in a oneOf branch), so compare the lists.
    for name in [k for k in new_req if k not in old_req and k not in arrived]:
        rec.add(_where(place, child(name)), "became-required", "field became required", request)
    for name in [k for k in old_req if k not in new_req and k not in gone]:
        rec.add(_where(place, child(name)), "became-optional", "field became optional", request)
    for name in [k for k in old_props if k in new_props]:
        _diff_schema(rec, place, child(name), old_props[name], new_props[name], request)


def _diff_schema(rec: _Recorder, place: str, fp: str, old: Any, new: Any, request: bool) -> None:
    """Compare two schemas at one place, recursing into properties, items and compositions."""
    old, new = old if isinstance(old, dict) else {}, new if isinstance(new, dict) else {}
    loc = _where(place, fp)
    if _type(old) != _type(new):
        rec.add(loc, "type-changed", f"type {_type(old)} -> {_type(new)}", request)
        return
    if old.get("format") != new.get("format"):
        rec.add(loc, "format-changed", f"format {old.get('format')} -> {new.get('format')}", request)
    if bool(old.get("nullable")) != bool(new.get("nullable")):
        added = bool(new.get("nullable"))
        rec.add(loc, "nullable-added" if added else "nullable-removed", f"nullable: {added}", request)
    for key in CONSTRAINTS:
        if old.get(key) != new.get(key):
            rec.add(loc, "constraint-changed", f"{key} {old.get(key)} -> {new.get(key)}", request)
    if old.get("default") != new.get("default"):
        rec.add(loc, "default-changed", f"default {old.get('default')!r} -> {new.get('default')!r}", request)
    _diff_enum(rec, loc, old, new, request)
    _diff_properties(rec, place, fp, old, new, request)
    if "items" in old or "items" in new:
        _diff_schema(rec, place, f"{fp}[]", old.get("items"), new.get("items"), request)
    old_ap, new_ap = old.get("additionalProperties"), new.get("additionalProperties")
    if isinstance(old_ap, dict) and isinstance(new_ap, dict):
        _diff_schema(rec, place, f"{fp}{{}}", old_ap, new_ap, request)
    elif old_ap != new_ap:
        kind = "additional-properties-closed" if new_ap is False else "additional-properties-changed"
        rec.add(loc, kind, f"additionalProperties {old_ap} -> {new_ap}", request)
    for key in COMPOSITIONS:
        old_alts, new_alts = old.get(key) or [], new.get(key) or []
        if len(old_alts) != len(new_alts):
            rec.add(loc, "composition-changed", f"{key}: {len(old_alts)} -> {len(new_alts)} entries", request)
            continue
        for i, (o, n) in enumerate(zip(old_alts, new_alts, strict=True)):
            _diff_schema(rec, place, f"{fp}<{key}[{i}]>", o, n, request)


def _diff_content(rec: _Recorder, place: str, old: Schema, new: Schema, request: bool) -> None:
    old_media, new_media = old.get("content") or {}, new.get("content") or {}
    for mt in [m for m in old_media if m not in new_media]:
        rec.add(place, "media-type-removed", f"media type {mt} removed", request)
    for mt in [m for m in new_media if m not in old_media]:
        rec.add(place, "media-type-added", f"media type {mt} added", request)
    for mt in [m for m in old_media if m in new_media]:
        sub = place if mt == "application/json" else f"{place} ({mt})"
        _diff_schema(rec, sub, "", old_media[mt].get("schema"), new_media[mt].get("schema"), request)


def _diff_parameters(rec: _Recorder, old: Params, new: Params) -> None:
    removed = [k for k in old if k not in new]
    added = [k for k in new if k not in old]

    def unnamed(param: Schema) -> Any:
        return _shape({k: v for k, v in param.items() if k != "name"})

    pairs, maybe = _pair_renames(removed, added, old, new, unnamed, key=lambda k: k)
    for (where, r), (_, a), same_shape in pairs:
        also = "" if same_shape else "; its schema changed too"
        rec.add(f"{where} parameter `{r}`", "parameter-renamed", f"renamed to `{a}`{also}")
    for where, name in removed:
        perhaps = _perhaps([n for _, n in maybe.get((where, name), [])], str)
        rec.add(f"{where} parameter `{name}`", "parameter-removed", f"parameter removed{perhaps}")
    for where, name in added:
        req = bool(new[(where, name)].get("required"))
        kind = "parameter-added-required" if req else "parameter-added-optional"
        rec.add(f"{where} parameter `{name}`", kind, f"new {'required' if req else 'optional'} parameter")
    for key in [k for k in old if k in new]:
        place = f"{key[0]} parameter `{key[1]}`"
        was, now = bool(old[key].get("required")), bool(new[key].get("required"))
        if was != now:
            state = "required" if now else "optional"
            rec.add(place, f"became-{state}", f"parameter became {state}")
        _diff_schema(rec, place, "", old[key].get("schema"), new[key].get("schema"), True)


def _diff_request_body(rec: _Recorder, old: Schema | None, new: Schema | None) -> None:
    if old is None and new is not None:
        req = bool(new.get("required"))
        rec.add("request body", "body-added-required" if req else "body-added-optional", "request body added")
    elif old is not None and new is None:
        rec.add("request body", "body-removed", "request body removed")
    elif old is not None and new is not None:
        if not old.get("required") and new.get("required"):
            rec.add("request body", "became-required", "request body became required")
        _diff_content(rec, "request body", old, new, request=True)


def _diff_responses(rec: _Recorder, old: Schema, new: Schema) -> None:
    for code in [c for c in old if c not in new]:
        rec.add(f"response {code}", "status-removed", f"status {code} no longer documented", request=False)
    for code in [c for c in new if c not in old]:
        rec.add(f"response {code}", "status-added", f"status {code} now documented", request=False)
    for code in [c for c in old if c in new]:
        _diff_content(rec, f"response {code}", old[code], new[code], request=False)


def _operations(spec: Schema) -> dict[tuple[str, str], tuple[str, Schema, Params]]:
    """(METHOD, path with parameter names blanked) -> (label, operation, its parameters)."""
    ops = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                params = {(p["in"], p["name"]): p for p in item.get("parameters") or []}
                params.update({(p["in"], p["name"]): p for p in op.get("parameters") or []})
                label = f"{method.upper()} {path} ({op.get('operationId', '?')})"
                ops[(method.upper(), re.sub(r"\{[^}]*\}", "{}", path))] = (label, op, params)
    return ops


def diff_specs(old: Schema, new: Schema) -> list[Change]:
    """Every difference between two parsed specs that matters to a client, classified.

    Local `$ref`s are followed (inlined), so a change to a shared component is reported at every
    operation that uses it."""
    from tavus._schema import inline_refs  # the SDK's own resolver: one way to read the contract

    old, new = ({**spec, "paths": inline_refs(spec.get("paths") or {}, spec)} for spec in (old, new))
    old_ops, new_ops = _operations(old), _operations(new)
    changes: list[Change] = []
    for ops, others, kind in ((old_ops, new_ops, "operation-removed"), (new_ops, old_ops, "operation-added")):
        for key in [k for k in ops if k not in others]:
            rec = _Recorder(ops[key][0])
            rec.add("", kind, kind.replace("-", " "))
            changes += rec.changes
    for key in [k for k in old_ops if k in new_ops]:
        (_, old_op, old_params), (label, new_op, new_params) = old_ops[key], new_ops[key]
        rec = _Recorder(label)
        if old_op.get("operationId") != new_op.get("operationId"):
            rec.add("", "operation-id-changed", f"operationId was {old_op.get('operationId')!r}")
        _diff_parameters(rec, old_params, new_params)
        _diff_request_body(rec, old_op.get("requestBody"), new_op.get("requestBody"))
        _diff_responses(rec, old_op.get("responses") or {}, new_op.get("responses") or {})
        changes += rec.changes
    return changes


def load_spec(arg: str) -> Schema:
    """Parse a spec given as a file path or as a git REV:PATH blob."""
    if Path(arg).is_file():
        text = Path(arg).read_text(encoding="utf-8")
    elif ":" in arg:
        result = subprocess.run(["git", "show", arg], capture_output=True, text=True)
        if result.returncode != 0:
            raise SpecLoadError(f"{arg}: `git show` failed: {' '.join(result.stderr.split())}")
        text = result.stdout
    else:
        raise SpecLoadError(f"{arg}: no such file (nor a git REV:PATH)")
    try:
        spec = yaml.load(text, Loader=LOADER)
    except yaml.YAMLError as exc:
        raise SpecLoadError(f"{arg}: not YAML or JSON: {' '.join(str(exc).split())}") from exc
    if not isinstance(spec, dict) or not isinstance(spec.get("paths"), dict):
        raise SpecLoadError(f"{arg}: not an OpenAPI document (no 'paths' mapping)")
    return spec


def render(changes: list[Change], fmt: str) -> str:
    """The report as text (one line per change, breaking first), a markdown section, or JSON."""
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    total = f"{len(changes)} difference(s): {len(breaking)} breaking, {len(other)} non-breaking"
    if fmt == "json":
        doc = {"breaking": len(breaking), "non_breaking": len(other), "changes": [asdict(c) for c in changes]}
        return json.dumps(doc, indent=1)
    if fmt == "markdown":
        lines = [f"**{total}.**"]
        for title, group in (("Breaking", breaking), ("Non-breaking", other)):
            if group:
                lines += ["", f"#### {title} ({len(group)})", ""]
                lines += ["| Operation | Where | Change | Why |", "| --- | --- | --- | --- |"]
                for c in group:
                    cells = (c.operation, c.location or "(operation)", c.change, c.reason)
                    lines.append("| " + " | ".join(x.replace("|", "\\|") for x in cells) + " |")
        return "\n".join(lines)
    lines = []
    for c in [*breaking, *other]:
        where = f"{c.operation} {c.location}".strip()
        lines.append(f"{'BREAKING' if c.breaking else 'ok':<9}{where}: {c.change} ({c.reason})")
    return "\n".join([*lines, total])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.spec_diff", description=__doc__.splitlines()[0])
    parser.add_argument("old", help="old spec: a file, or REV:PATH (e.g. HEAD:openapi/tavus-openapi.yaml)")
    parser.add_argument("new", help="new spec: a file, or REV:PATH")
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    args = parser.parse_args(argv)
    try:
        old, new = load_spec(args.old), load_spec(args.new)
    except (SpecLoadError, OSError, UnicodeDecodeError) as exc:
        print(f"spec-diff: {exc}", file=sys.stderr)
        return 2
    changes = diff_specs(old, new)
    print(render(changes, args.format))
    return 1 if any(c.breaking for c in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
