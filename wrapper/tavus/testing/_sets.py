"""Guardrail sets (legacy) and objectives: sets of items created together and edited with JSON Patch.

Both store their create body (`{"name", "data": [...]}` / `{"data": [...]}`) and patch it as is,
so `/data/0/guardrail_prompt` addresses the first item. The guardrail operations also serve
individual guardrails (`_guardrails.py`, which routes a set's calls here). A patch that cannot be applied is a 400
`{"error": "Invalid patch operation: ..."}`, one whose result breaks the create schema or the
response schemas a 400 naming the field, one that changes nothing a 304. Missing ids are 404s.
The prose rules of the items (a guardrail_name of letters, digits and underscores; an
objective_name without spaces) are the SDK's (`tavus._rules`), run on create and after a patch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._conformance import check_view
from ._errors import ApiError, invalid
from ._handler import Call, Handler, Registry, Reply
from ._pagination import listing
from ._patch import PatchFailed, apply_patch
from ._render import guardrails_created_view, guardrails_view, objectives_created_view, objectives_view
from ._spec import load_spec
from ._store import Patchable, State, delete, live
from ._validation import prose_rules, validate

HANDLERS = Registry()


@dataclass(frozen=True)
class SetKind:
    """What differs between guardrails and objectives."""

    kind: str
    label: str
    create_op: str
    id_param: str
    rules: str  # the module name of the create operation, for its prose rules
    defaults: dict[str, str]
    body_branch: int | None  # the create body's anyOf alternative a stored set must fit (None: the body)
    view: Callable[[Patchable], dict[str, Any]]
    created_view: Callable[[Patchable], dict[str, Any]]
    not_found: str

    def records(self, state: State) -> dict[str, Patchable]:
        return state.guardrails if self.kind == "guardrails" else state.objectives

    def found(self, state: State, call: Call) -> Patchable:
        record = live(self.records(state), call.path[self.id_param])
        if record is None:
            raise ApiError(404, self.not_found)
        return record


GUARDRAILS = SetKind(
    kind="guardrails",
    label="Guardrails",
    create_op="createGuardrails",
    id_param="guardrail_id",
    rules="create_guardrails",
    defaults={"modality": "verbal"},
    body_branch=1,  # anyOf [one guardrail, a legacy set]
    view=guardrails_view,
    created_view=guardrails_created_view,
    not_found="Guardrails not found",
)
OBJECTIVES = SetKind(
    kind="objectives",
    label="Objective",
    create_op="createObjectives",
    id_param="objectives_id",
    rules="create_objectives",
    defaults={"confirmation_mode": "auto", "modality": "verbal"},
    body_branch=None,
    view=objectives_view,
    created_view=objectives_created_view,
    not_found="Objective not found",
)


def create_schema(kind: SetKind) -> dict[str, Any]:
    """The create body's schema that a stored set must fit."""
    schema = load_spec().operations[kind.create_op].body_schema or {}
    return schema if kind.body_branch is None else schema["anyOf"][kind.body_branch]


def create(kind: SetKind, state: State, call: Call) -> Reply:
    doc = dict(call.body)
    prose_rules(kind.rules, doc)
    if "data" in doc:
        doc["data"] = [{**kind.defaults, **item} for item in doc["data"]]
    now = state.now()
    record = Patchable(id=state.ids.new(kind.kind, kind.records(state)), doc=doc, created_at=now, updated_at=now)
    check_view(kind.kind, kind.view(record))
    kind.records(state)[record.id] = record
    return Reply(200, kind.created_view(record))


def list_sets(kind: SetKind, state: State, call: Call) -> Reply:
    records = [r for r in reversed(kind.records(state).values()) if not r.deleted]
    return Reply(200, listing(records, state, call, kind.view))


def get(kind: SetKind, state: State, call: Call) -> Reply:
    return Reply(200, {"data": kind.view(kind.found(state, call))})


def patch(kind: SetKind, state: State, call: Call) -> Reply:
    record = kind.found(state, call)
    try:
        doc = apply_patch(record.doc, call.body)
    except PatchFailed as exc:
        raise invalid("Invalid patch operation", str(exc)) from exc
    if doc == record.doc:
        return Reply(304)
    validate(create_schema(kind), doc)
    prose_rules(kind.rules, doc)
    candidate = Patchable(id=record.id, doc=doc, created_at=record.created_at, updated_at=state.now())
    check_view(kind.kind, kind.view(candidate))
    record.doc, record.updated_at = doc, candidate.updated_at
    return Reply(200, {"message": f"{kind.label} updated successfully"})


def remove(kind: SetKind, state: State, call: Call) -> Reply:
    record = kind.found(state, call)
    delete(kind.records(state), record.id, hard=False)
    return Reply(204)


def _bind(action: Callable[[SetKind, State, Call], Reply], kind: SetKind) -> Handler:
    def handler(state: State, call: Call) -> Reply:
        return action(kind, state, call)

    return handler


# The guardrail operations are registered by `_guardrails.py`, which sends a set's calls here.
_OBJECTIVE_OPS = ("createObjectives", "getObjectives", "getObjective", "patchObjective", "deleteObjective")
for _op, _action in zip(_OBJECTIVE_OPS, (create, list_sets, get, patch, remove), strict=True):
    HANDLERS.op(_op)(_bind(_action, OBJECTIVES))
