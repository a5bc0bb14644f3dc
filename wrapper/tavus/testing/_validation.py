"""Request validation against the contract's request schemas, reported as `"<field>: <rule>"`.

Query strings arrive as text: they are coerced to the declared type (integer, boolean) first, then
validated like bodies. Unknown query parameters are ignored, as HTTP servers usually do.

The rules the contract states in prose (one training URL, `voice_name` with an image, ...) are not
re-implemented here: `prose_rules` runs the SDK's own (`tavus._rules`, each next to the contract's
words), so the fake refuses exactly what the SDK refuses before sending, with the same field and rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError, best_match

from tavus import TavusValidationError
from tavus._rules import check_rules

from ._errors import ApiError, invalid
from ._spec import JSON

_INTEGER = re.compile(r"^[+-]?\d+$")


def field_name(path: Iterable[Any]) -> str:
    """JSON location as the fake's error messages spell it: `data[0].guardrail_name`."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


def _rule(error: ValidationError) -> tuple[list[Any], str]:
    path = list(error.absolute_path)
    value: Any = error.validator_value
    if error.validator == "required":
        instance = error.instance if isinstance(error.instance, dict) else {}
        missing = [name for name in value if name not in instance]
        return [*path, missing[0] if missing else "?"], "is required"
    if error.validator == "type":
        names = " or ".join(value) if isinstance(value, list) else value
        return path, f"must be of type {names}"
    if error.validator == "enum":
        return path, "must be one of " + ", ".join(repr(v) for v in value)
    if error.validator == "minimum":
        return path, f"must be >= {value}"
    if error.validator == "maximum":
        return path, f"must be <= {value}"
    return path, error.message


def schema_errors(schema: JSON, instance: Any) -> str | None:
    """The best `"<field>: <rule>"` message for `instance` against `schema`, or None when it is valid."""
    validator = jsonschema.Draft7Validator(schema)
    error = best_match(validator.iter_errors(instance))
    if error is None:
        return None
    path, rule = _rule(error)
    return f"{field_name(path)}: {rule}"


def validate(schema: JSON, instance: Any, *, status: int = 400) -> None:
    message = schema_errors(schema, instance)
    if message is not None:
        raise ApiError(status, message)


def _coerce(name: str, raw: str, schema: JSON) -> Any:
    kind = schema.get("type")
    if kind == "integer":
        if not _INTEGER.match(raw.strip()):
            raise invalid(name, "must be of type integer")
        return int(raw)
    if kind == "boolean":
        lowered = raw.strip().lower()
        if lowered not in ("true", "false"):
            raise invalid(name, "must be true or false")
        return lowered == "true"
    return raw


def parse_query(declared: Mapping[str, JSON], query: Mapping[str, str]) -> dict[str, Any]:
    """Declared query parameters of `query`, typed and validated; undeclared ones are dropped."""
    values = {name: _coerce(name, query[name], schema) for name, schema in declared.items() if name in query}
    validate({"type": "object", "properties": dict(declared)}, values)
    return values


def prose_rules(module_name: str, fields: Mapping[str, Any]) -> None:
    """The contract's prose rules for the operation `module_name` (its operationId in snake case, as
    the generated modules are named), on `fields` (query parameters and body fields by their contract
    names; a list body as `body`): a 400 `"<field>: <rule>"` for the first one broken."""
    try:
        check_rules(module_name, fields)
    except TavusValidationError as exc:
        raise invalid(exc.field, exc.rule) from exc
