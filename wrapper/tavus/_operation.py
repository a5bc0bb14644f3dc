"""How a typed method's arguments become a request: checked, then built by the generated operation.

A resource method passes its `locals()` and the generated operation module it calls. The module's
`_get_kwargs` says which arguments are path ids (positional), query parameters (keyword) and the
body; the contract (`_schema`) checks their types, enums and bounds, `_rules` the rules it writes in
prose. Nothing is sent when a check fails. What is learnt of a module is computed once.
"""

from __future__ import annotations

import inspect
import sys
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import ModuleType, UnionType
from typing import Any, TypeVar

from ._call import Call, RequestOptions, check_header_value, prepare
from ._errors import TavusValidationError
from ._rules import check_rules
from ._schema import check_body, check_fields, check_query, header_params
from ._validation import check_id

__all__ = [
    "Arguments",
    "Prepared",
    "arguments",
    "build",
    "build_patch",
    "check",
    "check_replace_fields",
    "operation",
    "plain",
    "replace_ops",
]

T = TypeVar("T")
OPTION_NAMES = frozenset(RequestOptions.__annotations__)
_NOT_FIELDS = frozenset({"self", "options", "__class__"})


@dataclass(frozen=True, slots=True)
class Operation:
    """What the SDK needs of one generated operation module."""

    module: ModuleType
    name: str  # the module's name: the operationId in snake case
    path_params: tuple[str, ...]
    query_params: frozenset[str]  # the keyword parameters: query, and header ones (Patch Deployment's If-Match)
    body: tuple[type, ...] | None  # the generated body model(s) (of each item, for a list body); several for an anyOf
    body_is_list: bool
    # Query parameters whose generated default is the contract's `default` (sent unless overridden):
    # the SDK sends only what the caller gave, so these are passed as "unset" when not given.
    defaulted: dict[str, Any]
    # Query parameters the generator renamed (a builtin's name gets a `_`: List Tools' `type` is
    # `type_`): the contract's name, which the methods take, -> the generated keyword.
    renamed: dict[str, str]


def _body_type(annotation: Any) -> tuple[tuple[type, ...] | None, bool]:
    """The model(s) of a `body: X | Unset` (or `list[X] | Unset`, or `X | Y | Unset` for an anyOf
    body: Create Guardrails takes one guardrail or a legacy set) annotation, and whether it is a list."""
    union = typing.get_origin(annotation) in (typing.Union, UnionType)
    members = typing.get_args(annotation) if union else (annotation,)  # a required body is no union
    for member in members:
        if typing.get_origin(member) is list:
            return (typing.get_args(member)[0],), True
    models = tuple(m for m in members if isinstance(m, type) and hasattr(m, "from_dict"))
    return (models or None), False


@cache
def operation(module: ModuleType) -> Operation:
    params = inspect.signature(module._get_kwargs, eval_str=True).parameters
    path = tuple(n for n, p in params.items() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD)
    query = frozenset(n for n, p in params.items() if p.kind is inspect.Parameter.KEYWORD_ONLY and n != "body")
    body, is_list = _body_type(params["body"].annotation) if "body" in params else (None, False)
    unset = getattr(module, "UNSET", None)
    defaulted = {n: unset for n in query if params[n].default is not unset}
    renamed = {n[:-1]: n for n in query if n.endswith("_")}
    return Operation(module, module.__name__.rpartition(".")[2], path, query, body, is_list, defaulted, renamed)


@dataclass(frozen=True, slots=True)
class Arguments:
    """A method's arguments, sorted: the given fields (None means not given) and the request options."""

    fields: dict[str, Any]
    options: RequestOptions


def _caller() -> str:
    """The public resource method being called: the first frame out of this module and the
    resources' private helpers (`_call`, `_page`, ...)."""
    frame = sys._getframe(1)
    while frame.f_back is not None and (frame.f_code.co_filename == __file__ or frame.f_code.co_name.startswith("_")):
        frame = frame.f_back
    return frame.f_code.co_qualname


def _unknown_keyword(names: list[str], known: list[str]) -> TypeError:
    caller = _caller()
    name = names[0]
    import difflib  # only on this error path

    close = difflib.get_close_matches(name, known, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return TypeError(f"{caller}() got an unexpected keyword argument {name!r}{hint}")


def arguments(local_vars: Mapping[str, Any]) -> Arguments:
    """Split a method's `locals()`: its parameters (the given ones) and its `**options`.

    A keyword that is neither a parameter nor a request option is a TypeError naming it, with the
    closest valid name: `**options` must not swallow a misspelt field."""
    options: RequestOptions = local_vars.get("options", {})
    if not OPTION_NAMES.issuperset(options):
        unknown = sorted(set(options) - OPTION_NAMES)
        known = [n for n in local_vars if n not in _NOT_FIELDS] + sorted(OPTION_NAMES)
        raise _unknown_keyword(unknown, known)
    fields = {k: v for k, v in local_vars.items() if v is not None and k not in _NOT_FIELDS}
    return Arguments(fields, options)


def plain(value: Any) -> Any:
    """A generated model given as an argument (or in a list) as its wire dict, for the checks."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, Mapping) and not isinstance(value, dict):  # a TypedDict is a dict; others are copied
        return {k: plain(v) for k, v in value.items()}
    return value


def _body_model(models: tuple[type, ...], data: Any, field: str) -> Any:
    """The first body model (in the contract's order) that `data` fits."""
    for model in models[:-1]:
        try:
            return model.from_dict(data)  # type: ignore[attr-defined]
        except (TypeError, ValueError, KeyError, AttributeError):
            continue
    try:
        return models[-1].from_dict(data)  # type: ignore[attr-defined]
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise TavusValidationError(field, f"does not fit {models[-1].__name__}: {exc}") from None


@dataclass(frozen=True, slots=True)
class Prepared:
    """A checked call, ready to build for any page number (list calls) or as it is."""

    op: Operation
    path: tuple[str, ...]
    query: dict[str, Any]
    body: Any

    def call(self, model: Any, **extra_query: Any) -> Call[Any]:
        kwargs = {**self.op.defaulted, **self.query, **extra_query}
        if self.body is not None:
            kwargs["body"] = self.body
        return prepare(self.op.module, model, *self.path, **kwargs)


def check(module: ModuleType, fields: Mapping[str, Any], *, body: Any = None, body_name: str = "body") -> Prepared:
    """Check a call's fields against the contract and its prose rules; the request parts, ready to build.

    `fields` holds path ids, query parameters and, for an object body, its fields; a list body
    (JSON Patch), or an object body given whole (argument `body_name`), comes as `body`."""
    op = operation(module)
    if body is not None and not op.body_is_list and not isinstance(plain(body), Mapping):
        raise TavusValidationError(body_name, f"must be a mapping or have to_dict(), got {type(body).__name__}")
    path = tuple(check_id(name, fields.get(name)) for name in op.path_params)
    in_query = op.query_params | op.renamed.keys()
    query = {k: plain(v) for k, v in fields.items() if k in in_query}
    rest = {k: plain(v) for k, v in fields.items() if k not in in_query and k not in op.path_params}
    if query:  # header parameters (Patch Deployment's If-Match) come as keywords too
        headers = header_params(op.name)
        for name in headers.keys() & query.keys():
            check_header_value(name, query[name])
        params = {k: v for k, v in query.items() if k not in headers}
        if params:
            check_query(op.name, params)
    built: Any = None
    if op.body is not None and op.body_is_list:
        items = plain(body if body is not None else [])
        check_rules(op.name, {**query, "body": items})
        check_body(op.name, items, "operations")
        built = [_body_model(op.body, item, f"operations[{i}]") for i, item in enumerate(items)]
    elif op.body is not None:
        if body is not None:  # the whole object body, given as one argument (an app message)
            rest = {**rest, **plain(body)}
        check_body(op.name, rest)
        check_rules(op.name, {**query, **rest})
        built = _body_model(op.body, rest, "body")
    else:
        check_rules(op.name, query)
    return Prepared(op, path, {op.renamed.get(k, k): v for k, v in query.items()}, built)


def build(
    module: ModuleType, model: Any, local_vars: Mapping[str, Any], body: str | None = None
) -> tuple[Call[Any], RequestOptions]:
    """The request of a method (from its `locals()`) and its options, after every check; `body` names
    the argument that holds the whole request body (a mapping, or a model with `to_dict()`)."""
    args = arguments(local_vars)
    if body is None:
        return check(module, args.fields).call(model), args.options
    fields = dict(args.fields)
    whole = fields.pop(body, None)
    if whole is None:
        raise TavusValidationError(body, "is required")
    return check(module, fields, body=whole, body_name=body).call(model), args.options


def check_replace_fields(module: ModuleType, fields: Mapping[str, Any]) -> None:
    """Fields a JSON Patch will `replace`, each typed as the create body (`module`) types it."""
    check_fields(operation(module).name, {k: plain(v) for k, v in fields.items()})


def replace_ops(fields: Mapping[str, Any]) -> list[dict[str, Any]]:
    """JSON Patch `replace` operations setting each field: the common case of `update`."""
    return [
        {"op": "replace", "path": "/" + k.replace("~", "~0").replace("/", "~1"), "value": v} for k, v in fields.items()
    ]


def build_patch(
    module: ModuleType, model: Any, local_vars: Mapping[str, Any], fields_of: ModuleType | None
) -> tuple[Call[Any], RequestOptions]:
    """A JSON Patch call: its `operations` as given, or `replace` operations of the fields named,
    each typed as the body of `fields_of` (the create operation) types it."""
    args = arguments(local_vars)
    fields = dict(args.fields)
    operations = fields.pop("operations", None)
    op = operation(module)
    # path ids, and query or header parameters (Patch Deployment's `if_match`): not fields to replace
    ids = {name: fields.pop(name) for name in (*op.path_params, *op.query_params) if name in fields}
    if fields:
        if operations is not None:
            raise TavusValidationError("operations", "give JSON Patch operations or fields to replace, not both")
        if fields_of is not None:
            check_replace_fields(fields_of, fields)
        operations = replace_ops(fields)
    return check(module, ids, body=operations).call(model), args.options
