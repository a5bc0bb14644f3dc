"""A response body assembled from a schema's `example`s (no schemathesis: the benchmarks use it too)."""

from __future__ import annotations

import copy
from typing import Any


def example_from_schema(schema: Any) -> Any:
    """An instance assembled from the `example`s of a schema and its properties (as Prism does)."""
    if not isinstance(schema, dict):
        return None
    if "example" in schema:
        return copy.deepcopy(schema["example"])
    if schema.get("enum"):  # no example: the first value, as Prism serves it (the supplement's enums)
        return copy.deepcopy(schema["enum"][0])
    if "properties" in schema or schema.get("type") == "object":
        return {k: example_from_schema(v) for k, v in schema.get("properties", {}).items() if _has_example(v)}
    if schema.get("type") == "array":
        item = example_from_schema(schema.get("items", {}))
        return [] if item is None else [item]
    return None


def _has_example(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if "example" in schema or schema.get("enum"):
        return True
    if "properties" in schema:
        return any(_has_example(v) for v in schema["properties"].values())
    return schema.get("type") == "array" and _has_example(schema.get("items"))
