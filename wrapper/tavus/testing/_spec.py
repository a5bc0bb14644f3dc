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

from .._schema import contract_text, inline_refs, keyless_operations, to_json_schema

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
    # False for `security: []` (the public deployment endpoints): served without an API key
    needs_key: bool = True

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


def _code(status: str) -> int:
    """A documented status as a number; a range (`2XX`, which the supplement uses where a docs page
    prints no code) as its first code."""
    return int(status) if status.isdigit() else int(status[0]) * 100


def _pattern(path: str) -> re.Pattern[str]:
    regex = re.sub(r"\{([a-z_]+)\}", r"(?P<\1>[^/]+)", path)
    return re.compile(f"^{regex}$")


def _build_operation(path: str, method: str, op: JSON, shared: list[JSON], raw: JSON) -> Operation:
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
        responses[_code(status)] = ResponseSpec(schema=schema, error_key=_error_key(schema))
    return Operation(
        operation_id=op["operationId"],
        method=method.upper(),
        path=path,
        pattern=_pattern(path),
        query=query,
        body_schema=body_schema,
        responses=responses,
        needs_key=op["operationId"] not in keyless_operations(),
    )


@dataclass(frozen=True)
class Spec:
    """Every operation of the contract, by operationId, plus routing."""

    operations: dict[str, Operation]

    def route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """(operation, path params, path known): the operation for METHOD path, if any. A literal
        segment wins over a template (`/v2/pals/check-username` is not `/v2/pals/{pal_id}`)."""
        known = False
        found: list[tuple[int, Operation, dict[str, str]]] = []
        for operation in self.operations.values():
            match = operation.pattern.match(path)
            if match is None:
                continue
            known = True
            if operation.method == method.upper():
                found.append((len(match.groupdict()), operation, match.groupdict()))
        if not found:
            return None, {}, known
        _, operation, params = min(found, key=lambda candidate: candidate[0])
        return operation, params, True

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
                operation = _build_operation(path, method, item[method], shared, raw)
                operations[operation.operation_id] = operation
    return Spec(operations=operations)
