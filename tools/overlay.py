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


def _relax_schema(schema: Any) -> None:
    """Make one response schema tolerant, in place (recursing through the JSON-Schema keywords)."""
    if not isinstance(schema, dict):
        return
    schema.pop("required", None)
    if "enum" in schema:
        schema["x-known-values"] = schema.pop("enum")
    for prop in (schema.get("properties") or {}).values():
        if isinstance(prop, dict):
            prop["nullable"] = True
        _relax_schema(prop)
    for keyword in ("items", "additionalProperties", "not"):
        _relax_schema(schema.get(keyword))
    for keyword in ("oneOf", "anyOf", "allOf"):
        for sub in schema.get(keyword) or []:
            _relax_schema(sub)


def tolerant_responses(spec: Schema) -> None:
    """Drop `required`, open enums and allow null in every response schema; requests stay strict."""
    for path_item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if not operation:
                continue
            for response in operation.get("responses", {}).values():
                for media in (response.get("content") or {}).values():
                    _relax_schema(media.get("schema"))


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
    """Return a new spec: `overlay['patch']` applied as JSON Patch, then each named transform."""
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
