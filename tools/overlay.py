"""Apply openapi/overlay.yaml to the vendored Tavus spec (see that file for what and why).

Usage: python -m tools.overlay SPEC OVERLAY OUT
The output is YAML with keys in their original order, so it diffs cleanly against the input.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonpatch
import yaml

Schema = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")
SCHEMA_REF = "#/components/schemas/"


def _relax_schema(schema: Any) -> None:
    """Make one response schema tolerant, in place (recursing through the JSON-Schema keywords).

    Nulls need no `nullable`: the model template reads every optional field as `T | None` and keeps a
    null as None (a `nullable` would also make the generator name nested models `...Type0`)."""
    if not isinstance(schema, dict):
        return
    schema.pop("required", None)
    schema.pop("nullable", None)
    if "enum" in schema:
        schema["x-known-values"] = schema.pop("enum")
    for prop in (schema.get("properties") or {}).values():
        _relax_schema(prop)
    for keyword in ("items", "additionalProperties", "not"):
        _relax_schema(schema.get(keyword))
    for keyword in ("oneOf", "anyOf", "allOf"):
        for sub in schema.get(keyword) or []:
            _relax_schema(sub)


def _refs(node: Any, found: set[str]) -> None:
    """Add the components/schemas names that `node` references (`$ref`) to `found`."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            found.add(ref[len(SCHEMA_REF) :])
        for value in node.values():
            _refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found)


def response_components(spec: Schema) -> list[str]:
    """The components/schemas that response bodies reach through `$ref`s (transitively), in spec order."""
    schemas = spec.get("components", {}).get("schemas", {})
    todo: set[str] = set()
    for path_item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            _refs((path_item.get(method) or {}).get("responses"), todo)
    reached: set[str] = set()
    while todo:
        name = todo.pop()
        if name in reached or name not in schemas:
            continue
        reached.add(name)
        _refs(schemas[name], todo)
    return [name for name in schemas if name in reached]


def tolerant_responses(spec: Schema) -> None:
    """Drop `required` and open enums in every response schema, inline or a component a response
    references (the supplement's `Face`, `Tool`, ...); request schemas stay strict, except a component
    both use, whose generated model is then tolerant too (the wrapper checks every request against the
    strict contract, openapi.json, so what is sent stays checked)."""
    for path_item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if not operation:
                continue
            for response in operation.get("responses", {}).values():
                for media in (response.get("content") or {}).values():
                    _relax_schema(media.get("schema"))
    schemas = spec.get("components", {}).get("schemas", {})
    for name in response_components(spec):
        _relax_schema(schemas[name])


def _pointer(spec: Schema, pointer: str) -> tuple[Any, str]:
    """(the container, the key) that a JSON Pointer names in `spec`."""
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]
    node: Any = spec
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node, parts[-1]


def _merge(into: Schema, other: Schema) -> None:
    """Add `other`'s properties to `into`'s; a property both have keeps `into`'s schema, except that
    two object schemas are merged property by property."""
    props = into.setdefault("properties", {})
    for name, schema in (other.get("properties") or {}).items():
        if name not in props:
            props[name] = copy.deepcopy(schema)
        elif isinstance(props[name], dict) and "properties" in props[name] and "properties" in schema:
            _merge(props[name], schema)


def _retarget(node: Any, old: str, new: str) -> None:
    if isinstance(node, dict):
        if node.get("$ref") == old:
            node["$ref"] = new
        for value in node.values():
            _retarget(value, old, new)
    elif isinstance(node, list):
        for value in node:
            _retarget(value, old, new)


def rename_schemas(spec: Schema, names: dict[str, str]) -> None:
    """Rename components/schemas entries (and every `$ref` to them), in place."""
    schemas = spec.get("components", {}).get("schemas", {})
    for old, new in names.items():
        if old not in schemas:
            raise ValueError(f"overlay schema_names: the spec has no components/schemas/{old} (renamed upstream?)")
        if new in schemas:
            raise ValueError(f"overlay schema_names: components/schemas/{new} exists already")
        schemas[new] = schemas.pop(old)
        _retarget(spec, f"#/components/schemas/{old}", f"#/components/schemas/{new}")


def _component(pointer: str) -> str | None:
    """The name of the components/schemas entry a pointer names whole (`/components/schemas/Face`), else None."""
    parts = pointer.lstrip("/").split("/")
    return (
        parts[2].replace("~1", "/").replace("~0", "~")
        if len(parts) == 3 and parts[:2] == ["components", "schemas"]
        else None
    )


def name_components(spec: Schema, components: list[Schema]) -> None:
    """Give the generated models the names of the resources: each entry of the overlay's
    `components` merges the schemas at its `from` pointers into `components/schemas/<name>` and
    points them there (`$ref`); `required` lists what the SDK guarantees (the resource's id).

    A `from` may name a whole component schema (the supplement's `Face`, `GuardrailSetSummary`). Named
    first, it is the base the others merge into, kept whole (its other keywords too); a component of
    another name than the entry's is absorbed: removed, and every `$ref` to it points to the model."""
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for entry in components:
        name, sources = entry["name"], entry["from"]
        if not str(entry.get("why", "")).strip():
            raise ValueError(f"overlay component {name!r} has no 'why'")
        if name in schemas and name not in map(_component, sources):
            raise ValueError(f"overlay component {name!r} is already a schema of the spec")
        merged: Schema = {"type": "object", "properties": {}}
        absorbed: list[str] = []
        for pointer in sources:
            try:
                container, key = _pointer(spec, pointer)
                schema = container[int(key)] if isinstance(container, list) else container[key]
            except (KeyError, IndexError, ValueError, TypeError):
                raise ValueError(f"overlay component {name!r}: {pointer} names nothing in the spec") from None
            if "$ref" in schema or schema.get("type", "object") != "object":
                raise ValueError(f"overlay component {name!r}: {pointer} is not an inline object schema")
            whole = _component(pointer)
            if whole is not None and pointer == sources[0]:  # a component first: the base, kept whole
                merged = copy.deepcopy(schema)
                merged.setdefault("properties", {})
            else:
                if "description" in schema and "description" not in merged:
                    merged["description"] = schema["description"]
                _merge(merged, schema)
            if whole is not None:
                if whole != name:
                    absorbed.append(whole)
            elif isinstance(container, list):
                container[int(key)] = {"$ref": f"{SCHEMA_REF}{name}"}
            else:
                container[key] = {"$ref": f"{SCHEMA_REF}{name}"}
        missing = [field for field in entry.get("required", []) if field not in merged["properties"]]
        if missing:
            raise ValueError(f"overlay component {name!r}: required {missing} are not properties")
        if entry.get("required"):
            merged["required"] = list(entry["required"])
        schemas[name] = merged
        for old in absorbed:
            del schemas[old]
            _retarget(spec, f"{SCHEMA_REF}{old}", f"{SCHEMA_REF}{name}")


def with_guarantees(spec: Schema, overlay: Schema) -> Schema:
    """A copy of `spec` whose response schemas require what the SDK's models require (the overlay's
    `components`' `required`: each resource's id), for tests that draw bodies the SDK must accept."""
    result = copy.deepcopy(spec)
    for entry in overlay.get("components", []):
        for pointer in entry["from"] if entry.get("required") else []:
            container, key = _pointer(result, pointer)
            schema = container[int(key)] if isinstance(container, list) else container[key]
            schema["required"] = sorted({*schema.get("required", []), *entry["required"]})
            for name in entry["required"]:
                prop = schema.get("properties", {}).get(name, {})
                if prop.get("type") == "array":  # the SDK returns an item of it
                    prop["minItems"] = max(1, prop.get("minItems", 0))
    return result


TRANSFORMS: dict[str, Callable[[Schema], None]] = {
    "tolerant-responses": tolerant_responses,
}


class OverlayError(ValueError):
    """Overlay operations that no longer apply: guards that fail, paths that are gone.

    Every failing operation is listed (not only the first), each with its index, path and `why`,
    so that one review of openapi/overlay.yaml settles them all."""

    def __init__(self, failures: list[str]) -> None:
        self.failures = failures
        super().__init__(
            f"{len(failures)} overlay operation(s) no longer apply (has upstream fixed the defect? then drop"
            " the fix; did the path move? then re-aim it):\n" + "\n".join(f"- {f}" for f in failures)
        )


def _apply_patch(spec: Schema, patch: list[Schema]) -> Schema:
    """Apply the patch operation by operation, collecting every failure instead of stopping at the first."""
    result, failures = copy.deepcopy(spec), []
    for i, op in enumerate(patch):
        try:
            result = jsonpatch.apply_patch(result, [op])
        except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException) as exc:
            failures.append(f"#{i} {op.get('op')} {op.get('path')} ({op['why']}): {type(exc).__name__}: {exc}")
    if failures:
        raise OverlayError(failures)
    return result


def apply_overlay(spec: Schema, overlay: Schema) -> Schema:
    """Return a new spec: `overlay['patch']` applied as JSON Patch, then each named transform, then
    the named `components` (the resource models)."""
    for i, op in enumerate(overlay.get("patch", [])):
        if not op.get("why"):
            raise ValueError(f"overlay patch operation #{i} ({op.get('op')} {op.get('path')}) has no 'why'")
    result = _apply_patch(spec, overlay.get("patch", []))
    for transform in overlay.get("transforms", []):
        name = transform["name"]
        if name not in TRANSFORMS:
            raise ValueError(f"unknown overlay transform {name!r}; known: {sorted(TRANSFORMS)}")
        if not transform.get("why"):
            raise ValueError(f"overlay transform {name!r} has no 'why'")
        TRANSFORMS[name](result)
    if overlay.get("schema_names"):
        rename_schemas(result, overlay["schema_names"])
    if overlay.get("components"):
        name_components(result, overlay["components"])
    return result


def dump(spec: Schema) -> str:
    return yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100)


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    spec_path, overlay_path, out_path = map(Path, argv[1:])
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    overlay = yaml.safe_load(overlay_path.read_text(encoding="utf-8"))
    try:
        result = apply_overlay(spec, overlay)
    except OverlayError as exc:
        print(f"overlay: {exc}\nReview them in {overlay_path}.", file=sys.stderr)
        return 1
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(dump(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
