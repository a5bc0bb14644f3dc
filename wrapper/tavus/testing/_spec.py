"""The contract the fake serves: `tavus_api/openapi.json`, turned into routes and JSON Schemas.

Loaded once per process. Request and response schemas are OpenAPI 3.0 dialect; `to_json_schema`
rewrites them for `jsonschema` (`nullable: true` becomes a type list, annotations are dropped).
Local references (`$ref: "#/components/schemas/..."`) are inlined first, so every operation's
schemas stand alone. Both helpers are the SDK's own (`tavus._schema`), so the fake and the client
read the contract the same way.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from typing import Any

from .._schema import contract_text, inline_refs, to_json_schema

JSON = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "patch", "delete")


@dataclass(frozen=True)
class ResponseSpec:
    """One documented response: its JSON schema (converted), or None when it has no body."""

    schema: JSON | None
    error_key: str | None


@dataclass(frozen=True)
class Operation:
    """One operation of the contract, with what the fake needs to route and validate it."""

    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    query: dict[str, JSON]
    body_schema: JSON | None
    responses: dict[int, ResponseSpec] = field(default_factory=dict)

    def error_key(self, status: int) -> str:
        """Which member (`error` or `message`) the spec documents for an error body with this status.

        Undocumented: `error` for a 400 (validation, as most operations document it), else `message`
        (the shape of Tavus's 401 and of gateway errors).
        """
        documented = self.responses.get(status)
        if documented is not None and documented.error_key is not None:
            return documented.error_key
        return "error" if status == 400 else "message"


def _error_key(schema: JSON | None) -> str | None:
    properties = (schema or {}).get("properties", {})
    for key in ("error", "message"):
        if key in properties:
            return key
    return None


def _pattern(path: str) -> re.Pattern[str]:
    regex = re.sub(r"\{([a-z_]+)\}", r"(?P<\1>[^/]+)", path)
    return re.compile(f"^{regex}$")


def _build_operation(path: str, method: str, op: JSON, shared: list[JSON]) -> Operation:
    params = {(p["in"], p["name"]): p for p in [*shared, *op.get("parameters", [])]}
    query = {name: to_json_schema(p.get("schema", {})) for (where, name), p in params.items() if where == "query"}
    body = op.get("requestBody")
    body_schema = None
    if body is not None:
        body_schema = to_json_schema(body["content"]["application/json"]["schema"])
    responses: dict[int, ResponseSpec] = {}
    for status, response in op.get("responses", {}).items():
        content = response.get("content", {}).get("application/json")
        schema = to_json_schema(content["schema"]) if content else None
        responses[int(status)] = ResponseSpec(schema=schema, error_key=_error_key(schema))
    return Operation(
        operation_id=op["operationId"],
        method=method.upper(),
        path=path,
        pattern=_pattern(path),
        query=query,
        body_schema=body_schema,
        responses=responses,
    )


@dataclass(frozen=True)
class Spec:
    """Every operation of the contract, by operationId, plus routing."""

    operations: dict[str, Operation]

    def route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """(operation, path params, path known): the operation for METHOD path, if any."""
        known = False
        for operation in self.operations.values():
            match = operation.pattern.match(path)
            if match is None:
                continue
            known = True
            if operation.method == method.upper():
                return operation, match.groupdict(), True
        return None, {}, known

    def allowed_methods(self, path: str) -> list[str]:
        return sorted({op.method for op in self.operations.values() if op.pattern.match(path)})


@functools.cache
def load_spec() -> Spec:
    raw: JSON = json.loads(contract_text())
    raw = {**raw, "paths": inline_refs(raw["paths"], raw)}
    operations: dict[str, Operation] = {}
    for path, item in raw["paths"].items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method in item:
                operation = _build_operation(path, method, item[method], shared)
                operations[operation.operation_id] = operation
    return Spec(operations=operations)
