"""Response bodies for the documented (operation, status) pairs: the spec's examples, bodies drawn
by schemathesis from the response schema, and deviating bodies a tolerant client must accept.

schemathesis generates request data only, so each response schema is put, as the required JSON
request body, into a synthetic operation `POST /responses/{operationId}/{status}` of a synthetic
spec; `case.body` drawn from that operation's strategy is a response body valid against the schema.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

import schemathesis
from schemathesis import GenerationMode
from schemathesis.specs.openapi.schemas import OpenApiSchema

from tavus._schema import inline_refs

from ._contract import OPS, Op, contract
from ._examples import example_from_schema

UNKNOWN_ENUM_VALUE = "zz-value-outside-the-enum"


def synthetic_path(op: Op, status: str) -> str:
    return f"/responses/{op.operation_id}/{status}"


@cache
def synthetic_schema() -> OpenApiSchema:
    paths: dict[str, Any] = {}
    for op in OPS:
        for status in op.statuses:
            schema = op.response_schema(status)
            if schema is None:
                continue
            paths[synthetic_path(op, status)] = {
                "post": {
                    "operationId": f"{op.operation_id}_{status}",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}},
                    "responses": {"200": {"description": "unused"}},
                }
            }
    spec = {
        "openapi": contract()["openapi"],
        "info": {"title": "response bodies", "version": "1"},
        "paths": paths,
        "components": contract().get("components", {}),  # the supplement's schemas are $refs
    }
    return schemathesis.openapi.from_dict(spec)


def body_strategy(op: Op, status: str) -> Any:
    operation = synthetic_schema()[synthetic_path(op, status)]["POST"]
    return operation.as_strategy(generation_mode=GenerationMode.POSITIVE).map(lambda case: case.body)


def spec_examples(op: Op, status: str) -> list[Any]:
    """The documented examples of a response: media `example`/`examples`, then the schema's."""
    media = (op.response(status).get("content") or {}).get("application/json") or {}
    found: list[Any] = []
    if "example" in media:
        found.append(media["example"])
    found.extend(e["value"] for e in (media.get("examples") or {}).values() if "value" in e)
    schema = media.get("schema")
    if schema is not None:
        inlined = inline_refs(schema, contract())  # the supplement's $ref schemas
        # a response of alternatives (anyOf: one guardrail, or a legacy set's shape): one body for each
        for branch in inlined.get("anyOf") or inlined.get("oneOf") or [inlined]:
            assembled = example_from_schema(branch)
            if assembled is not None:
                found.append(assembled)
    return [copy.deepcopy(e) for e in found]


def branch_for(schema: Any, value: Any) -> Any:
    """The alternative of an anyOf/oneOf schema that describes `value`: the one declaring most of its
    keys (its required ones given); the schema itself when it has no alternatives."""
    branches = schema.get("anyOf") or schema.get("oneOf") if isinstance(schema, dict) else None
    if not branches or not isinstance(value, dict):
        return schema

    def fit(branch: dict[str, Any]) -> tuple[bool, int]:
        declared = set(branch.get("properties", {}))
        return set(branch.get("required", [])) <= value.keys(), len(declared & value.keys())

    return max(branches, key=fit)  # the first of equals


# --- deviating bodies ---------------------------------------------------------------------------


def _walk(schema: Any, value: Any, visit: Any) -> None:
    """Call visit(schema, obj) for each JSON object of `value` with the object schema describing it."""
    if not isinstance(schema, dict):
        return
    schema = branch_for(schema, value)
    values = schema.get("additionalProperties")
    if isinstance(value, dict) and isinstance(values, dict) and not schema.get("properties"):
        for item in value.values():  # a map (List PAL Skills' data, keyed by skill_id): its keys are no fields
            _walk(values, item, visit)
    elif isinstance(value, dict):
        visit(schema, value)
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                _walk(sub, value[key], visit)
    elif isinstance(value, list):
        for item in value:
            _walk(schema.get("items", {}), item, visit)


def with_extra_fields(schema: dict[str, Any], body: Any) -> Any:
    body = copy.deepcopy(body)
    _walk(schema, body, lambda s, obj: obj.update({"zz_extra_field": {"nested": [1, "two"]}}))
    return body


def without_optional_fields(schema: dict[str, Any], body: Any) -> Any:
    body = copy.deepcopy(body)

    def drop(s: dict[str, Any], obj: dict[str, Any]) -> None:
        for key in list(obj):
            if key not in s.get("required", []):
                del obj[key]

    _walk(schema, body, drop)
    return body


def with_nulls(schema: dict[str, Any], body: Any) -> Any:
    """Every optional field that the example has, set to null (APIs send null for 'not set')."""
    body = copy.deepcopy(body)

    def nulls(s: dict[str, Any], obj: dict[str, Any]) -> None:
        for key in list(obj):
            if key not in s.get("required", []):
                obj[key] = None

    # only the top level and the items of top-level arrays: deeper nulls would hide behind these
    if isinstance(body, dict):
        nulls(branch_for(schema, body), body)
    return body


def with_nested_nulls(schema: dict[str, Any], body: Any) -> Any:
    """Nulls one level down: the fields of objects inside `data` lists and nested objects."""
    body = copy.deepcopy(body)
    if not isinstance(body, dict):
        return body
    for key, sub in branch_for(schema, body).get("properties", {}).items():
        if key in body:
            _walk(sub, body[key], lambda s, obj: obj.update({k: None for k in obj if k not in s.get("required", [])}))
    return body


def with_unknown_enum_values(schema: dict[str, Any], body: Any) -> tuple[Any, int]:
    """Every enum-typed field present in the body set to a value outside its enum; and how many."""
    body = copy.deepcopy(body)
    count = 0

    def unknown(s: dict[str, Any], obj: dict[str, Any]) -> None:
        nonlocal count
        for key, sub in s.get("properties", {}).items():
            if isinstance(sub, dict) and "enum" in sub and key in obj:
                obj[key] = UNKNOWN_ENUM_VALUE
                count += 1

    _walk(schema, body, unknown)
    return body, count


def enum_fields(schema: Any) -> int:
    """How many enum-typed properties a schema has, anywhere."""
    if isinstance(schema, dict):
        own = 1 if "enum" in schema else 0
        return own + sum(enum_fields(v) for v in schema.values())
    if isinstance(schema, list):
        return sum(enum_fields(v) for v in schema)
    return 0
