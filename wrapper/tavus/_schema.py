"""The contract's request schemas, compiled into validators: types, enums, bounds and required fields.

Every query and body the typed methods send is checked here against the operation's schema in the
contract shipped with `tavus_api` (`openapi.json`: the vendored spec with the overlay's fixes), so
the contract is the one source of these rules. The fake (`tavus.testing`) reads the contract with
the same helpers, and `tavus.interactions` checks the CVI interaction messages against the
contract's `components/schemas`. The contract is read on the first call that needs it,
and each operation's validator is compiled, with fastjsonschema, on its first use. The rules the
contract writes in prose, which no schema holds, are in `_rules.py`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from ._errors import TavusValidationError

if TYPE_CHECKING:  # imported on the first check (it costs ~2 ms; most programs' first call has no body)
    from fastjsonschema import JsonSchemaValueException

__all__ = [
    "check_body",
    "check_component",
    "check_fields",
    "check_query",
    "component_schema",
    "contract_component",
    "contract_operation",
    "contract_text",
    "header_params",
    "inline_refs",
    "keyless_operations",
    "needs_api_key",
    "schema_for",
    "to_json_schema",
]

JSON = dict[str, Any]
_HTTP_METHODS = ("get", "put", "post", "patch", "delete")
_SNAKE = re.compile(r"(?<!^)(?=[A-Z])")
# Keywords that document a schema without constraining it (x-known-values: the overlay's opened enums).
_ANNOTATIONS = frozenset({"example", "examples", "description", "deprecated", "default", "x-known-values"})


def contract_text() -> str:
    """The contract as shipped inside the generated `tavus_api` package."""
    return resources.files("tavus_api").joinpath("openapi.json").read_text(encoding="utf-8")


def inline_refs(node: Any, root: JSON, seen: tuple[str, ...] = ()) -> Any:
    """`node` with every local `$ref` replaced by (a copy of) what it points to in `root`."""
    if isinstance(node, list):
        return [inline_refs(item, root, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        if ref in seen:
            raise ValueError(f"recursive $ref {ref} in the contract")
        target: Any = root
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return inline_refs(target, root, (*seen, ref))
    return {key: inline_refs(value, root, seen) for key, value in node.items()}


def to_json_schema(schema: Any) -> Any:
    """OpenAPI 3.0 schema object -> JSON Schema: `nullable` becomes `type: [t, "null"]`; annotations go."""
    if isinstance(schema, list):
        return [to_json_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: JSON = {}
    for key, value in schema.items():
        if key in _ANNOTATIONS or key == "nullable":
            continue
        if key in ("properties", "patternProperties"):
            out[key] = {name: to_json_schema(sub) for name, sub in value.items()}
        else:
            out[key] = to_json_schema(value)
    if schema.get("nullable") is True:
        if "type" in out:
            types = out["type"] if isinstance(out["type"], list) else [out["type"]]
            out["type"] = [*types, "null"]
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
        if "type" not in out and "enum" not in out and {"allOf", "anyOf", "oneOf"} & out.keys():
            out = {"anyOf": [{"type": "null"}, out]}  # `nullable` beside a composition: null, or the composed schema
    return out


@cache
def _spec() -> JSON:
    return json.loads(contract_text())  # type: ignore[no-any-return]


@cache
def _contract() -> dict[str, tuple[str, str, JSON]]:
    """operationId in snake case (the generated module's name) -> (method, path, operation), refs inlined."""
    spec = _spec()
    found = {}
    for path, item in spec["paths"].items():
        for method in _HTTP_METHODS:
            if method in item:
                operation = {
                    **item[method],
                    "parameters": [*item.get("parameters", []), *item[method].get("parameters", [])],
                }
                found[_SNAKE.sub("_", operation["operationId"]).lower()] = (method, path, inline_refs(operation, spec))
    return found


@cache
def keyless_operations() -> frozenset[str]:
    """The operationIds that need no API key: `tavus_api/keyless.json`, which `make generate` derives
    from the contract's `security` (`tools.generate.keyless_operations`). Reading it costs ~0.1 ms;
    parsing the contract on a first call would cost ~5."""
    text = resources.files("tavus_api").joinpath("keyless.json").read_text(encoding="utf-8")
    return frozenset(json.loads(text))


@cache
def _keyless_modules() -> frozenset[str]:
    return frozenset(_SNAKE.sub("_", operation_id).lower() for operation_id in keyless_operations())


def needs_api_key(module_name: str) -> bool:
    """Whether the contract operation a generated module (`get_deployment_init`) sends needs the API
    key; True for a name the contract lacks."""
    return module_name not in _keyless_modules()


@cache
def header_params(module_name: str) -> dict[str, str]:
    """An operation's header parameters: the generated argument name (`if_match`) -> the header (`If-Match`)."""
    _, _, operation = contract_operation(module_name)
    return {
        re.sub(r"[^a-z0-9]+", "_", _SNAKE.sub("_", p["name"]).lower()): p["name"]
        for p in operation["parameters"]
        if p["in"] == "header"
    }


def contract_operation(module_name: str) -> tuple[str, str, JSON]:
    """(method, path, operation) of the contract operation a generated module (`get_replica`) sends."""
    return _contract()[module_name]


@cache
def schema_for(module_name: str, part: str) -> JSON:
    """The JSON Schema of an operation's `query` (an object of its query parameters), its `body`, or
    its body's `fields` (the body without `required`: some of its fields, as a JSON Patch replaces them)."""
    _, _, operation = contract_operation(module_name)
    if part == "query":
        params = [p for p in operation["parameters"] if p["in"] == "query"]
        return {
            "type": "object",
            "properties": {p["name"]: to_json_schema(p.get("schema", {})) for p in params},
            "required": [p["name"] for p in params if p.get("required")],
        }
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    schema: JSON = to_json_schema(body.get("schema", {}))
    if part == "fields":
        schema = {k: v for k, v in schema.items() if k != "required"}
    return schema


@cache
def _validator(module_name: str, part: str) -> Callable[[Any], Any]:
    """The compiled schema of `part`; `body.N` / `fields.N` is the body's N-th anyOf alternative."""
    whole, _, index = part.partition(".")
    schema = schema_for(module_name, whole)
    if index:
        schema = schema["anyOf"][int(index)]
        schema = {k: v for k, v in schema.items() if k != "required"} if whole == "fields" else schema
    return _compile(schema)


def _compile(schema: JSON) -> Callable[[Any], Any]:
    import fastjsonschema  # on first use: importing it took ~12 ms here

    return fastjsonschema.compile(schema, use_formats=False)


def _alternative(module_name: str, part: str, value: Any) -> str:
    """The part to check `value` against: for a body of alternatives (`anyOf`: one guardrail or a
    legacy set), the first alternative that declares every field given and whose required fields are
    all given, else the first that declares every field, so that a mistake is named by that
    alternative (the open one would accept anything); the whole schema otherwise. (`{}` is a legacy
    set without name or data, which the contract allows, not one guardrail without its name.)"""
    branches = schema_for(module_name, part).get("anyOf")
    if branches and isinstance(value, Mapping):
        declaring = [i for i, b in enumerate(branches) if set(value) <= set(b.get("properties", {}))]
        complete = [i for i in declaring if set(branches[i].get("required", [])) <= set(value)]
        if complete or declaring:
            return f"{part}.{(complete or declaring)[0]}"
    return part


def contract_component(name: str) -> JSON:
    """The contract's `components/schemas/<name>` as written (descriptions, examples); KeyError for a
    name it does not define. The CVI interaction messages (`tavus.interactions`) are defined there."""
    schema: JSON = _spec()["components"]["schemas"][name]
    return schema


@cache
def component_schema(name: str) -> JSON:
    """The JSON Schema of `contract_component(name)`, refs inlined, annotations gone."""
    schema: JSON = to_json_schema(inline_refs(contract_component(name), _spec()))
    return schema


@cache
def _component_validator(name: str) -> Callable[[Any], Any]:
    return _compile(component_schema(name))


def _field(path: list[str], prefix: str) -> str:
    out = prefix
    for part in path[1:]:  # path[0] is fastjsonschema's "data"
        out += f"[{part}]" if part.isdigit() else (f".{part}" if out else part)
    return out or "body"


def _describe(error: JsonSchemaValueException, prefix: str) -> TavusValidationError:
    """The failed rule as `TavusValidationError(field, rule)`, in the words of the rest of the SDK."""
    path = [str(p) for p in error.path]
    definition = error.definition if isinstance(error.definition, dict) else {}
    if error.rule == "required" and isinstance(error.value, Mapping):
        missing = [name for name in definition.get("required", []) if name not in error.value]
        return TavusValidationError(_field([*path, missing[0] if missing else "?"], prefix), "is required")
    field = _field(path, prefix)
    if error.rule == "type":
        expected = definition.get("type")
        names = " or ".join(expected) if isinstance(expected, list) else expected
        return TavusValidationError(field, f"must be of type {names}, got {type(error.value).__name__}")
    if error.rule == "enum":
        return TavusValidationError(field, f"must be one of {definition.get('enum')}, got {error.value!r}")
    message = error.message
    name = str(error.name)
    return TavusValidationError(field, message[len(name) + 1 :] if message.startswith(name + " ") else message)


def _run(validate: Callable[[Any], Any], value: Any, prefix: str) -> None:
    from fastjsonschema import JsonSchemaValueException  # loaded by the validator's compilation

    try:
        validate(value)
    except JsonSchemaValueException as exc:
        raise _describe(exc, prefix) from None


def _check(module_name: str, part: str, value: Any, prefix: str) -> None:
    _run(_validator(module_name, part), value, prefix)


def check_component(name: str, value: Any) -> None:
    """`value` as the contract's `components/schemas/<name>` describes it; the field of the first
    violation is named by its path (`properties.text`)."""
    _run(_component_validator(name), value, "")


def check_query(module_name: str, params: Mapping[str, Any]) -> None:
    """Query parameters as the contract types them (`limit` an integer, `verbose` a boolean, ...)."""
    _check(module_name, "query", params, "")


def check_body(module_name: str, body: Any, prefix: str = "") -> None:
    """A request body as the contract's schema describes it; the field of the first violation is named
    (after `prefix`: a list body's items are `operations[i]`)."""
    _check(module_name, _alternative(module_name, "body", body), body, prefix)


def check_fields(module_name: str, fields: Mapping[str, Any]) -> None:
    """Some fields of an operation's body, each as the schema types it (for JSON Patch `replace`)."""
    _check(module_name, _alternative(module_name, "fields", fields), fields, "")
