"""Refuse writes the contract could not answer with: every view of a record must fit its response schema.

Request schemas are looser than response schemas (personas accept any `tts_engine`, and a JSON
Patch can put anything anywhere), but responses must conform to the strict schemas. So before a
persona, guardrails or objectives record is stored, it is rendered the way every GET/list would
render it and validated; a misfit is a 400 naming the field and the rule.
"""

from __future__ import annotations

from typing import Any

from ._errors import ApiError
from ._spec import JSON, load_spec
from ._validation import schema_errors

# (operationId, path of keys from the 200 response schema down to the record's schema)
VIEWS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "persona": (
        ("getPersona", ("properties", "data", "items")),
        ("listPersonas", ("properties", "data", "items")),
    ),
    "guardrails": (
        ("getGuardrail", ("properties", "data")),
        ("getGuardrails", ("properties", "data", "items")),
    ),
    "objectives": (
        ("getObjective", ("properties", "data")),
        ("getObjectives", ("properties", "data", "items")),
    ),
}


def view_schema(operation_id: str, keys: tuple[str, ...]) -> JSON:
    schema = load_spec().operations[operation_id].responses[200].schema
    assert schema is not None, operation_id
    for key in keys:
        schema = schema[key]
    return schema


def check_view(kind: str, view: Any) -> None:
    """Raise a 400 unless `view` fits every response schema that renders a `kind` record."""
    for operation_id, keys in VIEWS[kind]:
        message = schema_errors(view_schema(operation_id, keys), view)
        if message is not None:
            raise ApiError(400, message)
