"""Response fuzzing (issue 7, part 2): strategies for response bodies of every kind, from the contract.

The generator is ours (hypothesis-jsonschema does not work with the pinned hypothesis): the
response schemas of `tavus_api/openapi.json`, their `$ref`s inlined, use only type, properties,
items, enum, nullable, required, minItems, additionalProperties and anyOf (the supplement's
guardrail answers: one guardrail or a legacy set), which `schema_value` covers.
"""

from __future__ import annotations

import importlib.resources
import json
import os
from dataclasses import dataclass
from typing import Any

import httpx
from hypothesis import strategies as st

from tavus import AsyncPage, Page, TavusError
from tavus._schema import inline_refs

# `make test`: 30 cases x 54 operations = 1,620; `make fuzz` sets TAVUS_FUZZ_EXAMPLES=300 (16,200).
EXAMPLES = int(os.environ.get("TAVUS_FUZZ_EXAMPLES", "30"))
STATUSES = (200, 201, 202, 204, 206, 299, 304, 400, 401, 402, 403, 404, 409, 418, 422, 429, 500, 502, 503, 504)
CONTENT_TYPES = ("application/json", "application/json; charset=utf-8", "text/html", "text/plain", None)


def response_schemas() -> dict[str, dict[str, Any]]:
    """operationId -> the JSON schema of its 2xx application/json response ({} when it has none)."""
    spec = json.loads(importlib.resources.files("tavus_api").joinpath("openapi.json").read_text("utf-8"))
    result: dict[str, dict[str, Any]] = {}
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            schema: dict[str, Any] = {}
            for status, response in op["responses"].items():
                if status.startswith("2"):
                    schema = response.get("content", {}).get("application/json", {}).get("schema", {})
                    break
            result[op["operationId"]] = inline_refs(schema, spec)
    return result


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)
HOSTILE = st.one_of(
    st.none(),
    st.text(),  # unicode, control characters, surrogates excluded by hypothesis
    st.sampled_from(["", "x" * 100_000, "\u202e\u0000\ud7ff\ufeff", "12", "1e999", "-0", "NaN", "true", "null"]),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.booleans(),
    st.lists(st.none(), max_size=2),
    st.dictionaries(st.text(max_size=5), st.none(), max_size=2),
    st.integers(min_value=1, max_value=60).map(lambda n: _nested(n)),
)


def _nested(depth: int) -> Any:
    value: Any = "deep"
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    return value


def schema_value(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """A value valid for `schema`."""
    if "anyOf" in schema:
        return st.one_of([schema_value(branch, depth) for branch in schema["anyOf"]])
    if "enum" in schema:
        base: st.SearchStrategy[Any] = st.sampled_from(schema["enum"])
    else:
        kind = schema.get("type", "object" if "properties" in schema else None)
        if kind == "object":
            props = schema.get("properties", {})
            required = set(schema.get("required", []))
            base = st.fixed_dictionaries(
                {k: schema_value(v, depth + 1) for k, v in props.items() if k in required},
                optional={k: schema_value(v, depth + 1) for k, v in props.items() if k not in required},
            )
        elif kind == "array":
            least = schema.get("minItems", 0)
            base = st.lists(
                schema_value(schema.get("items", {}), depth + 1),
                min_size=least,
                max_size=max(least, 3 if depth < 3 else 0),
            )
        elif kind == "string":
            base = st.text(max_size=30)
        elif kind == "integer":
            base = st.integers(min_value=-(2**40), max_value=2**40)
        elif kind == "number":
            base = st.floats(allow_nan=False, allow_infinity=False)
        elif kind == "boolean":
            base = st.booleans()
        else:
            base = ANY_JSON
    return (st.none() | base) if schema.get("nullable") else base


@st.composite
def violating_value(draw: st.DrawFn, schema: dict[str, Any]) -> Any:
    """A value that breaks `schema`: a field wrong-typed, missing, extra, nulled, or everything null."""
    value = draw(schema_value(schema))
    how = draw(st.sampled_from(["replace-field", "drop-required", "extra", "null-everywhere", "whole", "stringify"]))
    if how == "whole" or not isinstance(value, dict):
        return draw(HOSTILE | ANY_JSON)
    if how == "null-everywhere":
        return _null_everywhere(value)
    if how == "stringify":
        return {k: (json.dumps(v) if isinstance(v, int | float) else v) for k, v in value.items()}
    fields = sorted(schema.get("properties", {}))
    if how == "extra":
        return {**value, draw(st.text(min_size=1, max_size=10)): draw(HOSTILE)}
    if how == "drop-required" and value:
        key = draw(st.sampled_from(sorted(value)))
        return {k: v for k, v in value.items() if k != key}
    if fields:
        return {**value, draw(st.sampled_from(fields)): draw(HOSTILE)}
    return draw(HOSTILE)


def _null_everywhere(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: None for k in value} or None
    if isinstance(value, list):
        return [None for _ in value]
    return None


@dataclass(frozen=True)
class Reply:
    kind: str
    status: int
    content: bytes
    content_type: str | None

    def response(self) -> httpx.Response:
        headers = {} if self.content_type is None else {"content-type": self.content_type}
        return httpx.Response(self.status, content=self.content, headers=headers)


@st.composite
def replies(draw: st.DrawFn, schema: dict[str, Any]) -> Reply:
    kind = draw(st.sampled_from(["valid", "violating", "any-json", "non-json", "empty", "truncated", "html"]))
    if kind == "valid":
        content = json.dumps(draw(schema_value(schema))).encode()
    elif kind == "violating":
        content = json.dumps(draw(violating_value(schema))).encode()
    elif kind == "any-json":
        content = json.dumps(draw(ANY_JSON)).encode()
    elif kind == "non-json":
        content = draw(st.binary(max_size=64) | st.text(max_size=64).map(lambda s: s.encode("utf-8", "replace")))
    elif kind == "empty":
        content = b""
    elif kind == "truncated":
        full = json.dumps(draw(schema_value(schema))).encode()
        content = full[: draw(st.integers(min_value=0, max_value=max(0, len(full) - 1)))]
    else:
        content = b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"
    status = 200 if kind == "valid" and draw(st.booleans()) else draw(st.sampled_from(STATUSES))
    return Reply(kind, status, content, draw(st.sampled_from(CONTENT_TYPES)))


def classify(outcome: object) -> str:
    """'model', 'models', 'page', 'none', 'error:<class>' for what a call may give; 'ESCAPE:<class>' otherwise."""
    if isinstance(outcome, BaseException):
        if isinstance(outcome, TavusError):
            return f"error:{type(outcome).__name__}"
        return f"ESCAPE:{type(outcome).__name__}"
    if outcome is None:
        return "none"
    if isinstance(outcome, Page | AsyncPage):
        return "page"
    if _is_model(outcome):
        return "model"
    # List PAL Tools answers a list of tools, List PAL Skills a dict of attachments keyed by skill_id
    if isinstance(outcome, list) and all(_is_model(item) for item in outcome):
        return "models"
    if isinstance(outcome, dict) and all(isinstance(k, str) and _is_model(v) for k, v in outcome.items()):
        return "models"
    return f"ESCAPE:returned {type(outcome).__name__}"


def _is_model(value: object) -> bool:
    return type(value).__module__.startswith("tavus_api.models.") and hasattr(value, "to_dict")
