"""Refuse writes the contract could not answer with: every view of a record must fit its response schema.

Request schemas are looser than response schemas (a JSON Patch can put anything anywhere), but
responses must conform to the strict schemas. So before a persona (PAL), tool, guardrail, guardrail
set, objectives or pronunciation dictionary record is stored, it is rendered the way every GET/list would render it
and validated; a misfit is a 400 naming the field and the rule.

One exception, so the fake does not close again what the contract opens: the overlay turns the
request enums of model names (`perception_model`, `turn_detection_model`, `tts_engine`) into
`x-known-values`, because Tavus ships new models before the contract lists them. A persona created
with such a model is answered with it, so those fields' response enums are open here as well.
"""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

from .._schema import contract_text, inline_refs
from ._errors import ApiError
from ._spec import JSON, load_spec
from ._validation import schema_errors

# kind -> the create operation whose open request enums the views follow, and
# (operationId, path of keys from the 2xx response schema down to the record's schema; an int
# indexes a list: an anyOf alternative)
VIEWS: dict[str, tuple[str, tuple[tuple[str, tuple[str | int, ...]], ...]]] = {
    "persona": (
        "createPersona",
        (
            ("getPersona", ("properties", "data", "items")),
            ("listPersonas", ("properties", "data", "items")),
        ),
    ),
    # Guardrail responses are anyOf [one guardrail, a legacy set's shape].
    "guardrail": (
        "createGuardrails",
        (
            ("createGuardrails", ("anyOf", 0)),
            ("getGuardrails", ("anyOf", 0)),
            ("patchGuardrails", ("anyOf", 0)),
            ("listGuardrails", ("anyOf", 0, "properties", "data", "items")),
        ),
    ),
    "guardrails": (
        "createGuardrails",
        (
            ("getGuardrails", ("anyOf", 1, "properties", "data")),
            ("listGuardrails", ("anyOf", 1, "properties", "data", "items")),
        ),
    ),
    # A PAL is a persona: a record written through either API must fit both views.
    "pal": (
        "createPal",
        (
            ("getPal", ("properties", "data", "items")),
            ("listPals", ("properties", "data", "items")),
        ),
    ),
    "tool": (
        "createTool",
        (
            ("createTool", ()),
            ("getTool", ()),
            ("updateTool", ()),
            ("listTools", ("properties", "data", "items")),
            ("listPalTools", ("properties", "data", "items")),
        ),
    ),
    "objectives": (
        "createObjectives",
        (
            ("getObjective", ("properties", "data")),
            ("getObjectives", ("properties", "data", "items")),
        ),
    ),
    "dictionary": (
        "createPronunciationDictionary",
        (
            ("createPronunciationDictionary", ()),
            ("getPronunciationDictionary", ()),
            ("patchPronunciationDictionary", ()),
        ),
    ),
    "deployment": (
        "createDeployment",
        (
            ("createDeployment", ()),
            ("getDeployment", ()),
        ),
    ),
}


@functools.cache
def open_fields(operation_id: str) -> tuple[tuple[str, ...], ...]:
    """Paths (property names) of the request body fields whose enum the overlay opened (`x-known-values`)."""
    raw: JSON = json.loads(contract_text())
    found: list[tuple[str, ...]] = []
    for item in raw["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                body = op["requestBody"]["content"]["application/json"]["schema"]
                _walk(inline_refs(body, raw), (), found)
    return tuple(found)


def _walk(schema: Any, path: tuple[str, ...], found: list[tuple[str, ...]]) -> None:
    if not isinstance(schema, dict):
        return
    if "x-known-values" in schema and "enum" not in schema:
        found.append(path)
    for name, sub in schema.get("properties", {}).items():
        _walk(sub, (*path, name), found)


def open_enums(schema: JSON, paths: tuple[tuple[str, ...], ...]) -> JSON:
    """A copy of `schema` without `enum` at each of `paths` (where the schema has those properties)."""
    schema = copy.deepcopy(schema)
    for path in paths:
        node: Any = schema
        for name in path:
            node = node.get("properties", {}).get(name) if isinstance(node, dict) else None
            if node is None:
                break
        if isinstance(node, dict):
            node.pop("enum", None)
    return schema


@functools.cache
def view_schema(operation_id: str, keys: tuple[str | int, ...], opened_by: str) -> JSON:
    operation = load_spec().operations[operation_id]
    schema: Any = next(r.schema for status, r in sorted(operation.responses.items()) if 200 <= status < 300)
    assert schema is not None, operation_id
    for key in keys:
        schema = schema[key]
    view: JSON = open_enums(schema, open_fields(opened_by))
    return view


def check_view(kind: str, view: Any) -> None:
    """Raise a 400 unless `view` fits every response schema that renders a `kind` record."""
    opened_by, views = VIEWS[kind]
    for operation_id, keys in views:
        message = schema_errors(view_schema(operation_id, keys, opened_by), view)
        if message is not None:
            raise ApiError(400, message)
