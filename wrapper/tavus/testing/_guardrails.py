"""The guardrail operations as the merged contract restates them (the supplement): individual
guardrails, and the legacy sets on the same paths.

The server tells the two apart as the docs pages say: a create body with a top-level
`guardrail_name` is one guardrail, one with `name`/`data` a legacy set; List Guardrails lists the
sets unless `legacy=false`; Get, Patch and Delete look the id up among the guardrails (`g` + 12 hex)
and then the sets (`g` + 11 hex). A set's calls go to `_sets.py`. One guardrail is stored as its
create body with the defaults the contract documents (`modality` verbal; `app_message` "default
true"; no `tags`), and JSON Patch addresses it directly (`/guardrail_prompt`, `/tags`).
"""

from __future__ import annotations

from typing import Any

from . import _sets
from ._conformance import check_view
from ._errors import invalid
from ._handler import Call, Registry, Reply
from ._pagination import listing
from ._patch import PatchFailed, apply_patch
from ._render import guardrail_view
from ._spec import load_spec
from ._store import Patchable, State, delete, live
from ._validation import prose_rules, validate

HANDLERS = Registry()
DEFAULTS: dict[str, Any] = {"modality": "verbal", "app_message": True, "tags": []}


def _schema() -> dict[str, Any]:
    """The create body's first alternative: one guardrail."""
    schema: dict[str, Any] = (load_spec().operations["createGuardrails"].body_schema or {})["anyOf"][0]
    return schema


def _individual(state: State, call: Call) -> Patchable | None:
    return live(state.individual_guardrails, call.path["guardrail_id"])


@HANDLERS.op("createGuardrails")
def create(state: State, call: Call) -> Reply:
    if "guardrail_name" not in call.body:
        return _sets.create(_sets.GUARDRAILS, state, call)
    validate(_schema(), call.body)  # the anyOf admits any object through its open set alternative
    doc = {**DEFAULTS, **call.body}
    prose_rules("create_guardrails", doc)
    now = state.now()
    record = Patchable(state.ids.new("guardrail", state.individual_guardrails), doc, now, now)
    check_view("guardrail", guardrail_view(record))
    state.individual_guardrails[record.id] = record
    return Reply(200, guardrail_view(record))


def _matches(record: Patchable, query: dict[str, Any]) -> bool:
    wanted = query.get("name_or_uuid")
    if wanted is not None and wanted != record.id and wanted.lower() not in str(record.doc["guardrail_name"]).lower():
        return False
    tags = [t for t in str(query.get("tags", "")).split(",") if t]
    return not tags or bool(set(tags) & set(record.doc.get("tags", [])))


@HANDLERS.op("listGuardrails")
def list_guardrails(state: State, call: Call) -> Reply:
    if call.query.get("legacy", "true") == "true":  # "true, the default for backwards compatibility"
        return _sets.list_sets(_sets.GUARDRAILS, state, call)
    records = [r for r in state.individual_guardrails.values() if not r.deleted and _matches(r, call.query)]
    if call.query.get("sort") == "descending":
        records.reverse()
    return Reply(200, listing(records, state, call, guardrail_view, numbered=True, first=0))


@HANDLERS.op("getGuardrails")
def get(state: State, call: Call) -> Reply:
    record = _individual(state, call)
    if record is None:
        return _sets.get(_sets.GUARDRAILS, state, call)
    return Reply(200, guardrail_view(record))


@HANDLERS.op("patchGuardrails")
def patch(state: State, call: Call) -> Reply:
    record = _individual(state, call)
    if record is None:
        return _sets.patch(_sets.GUARDRAILS, state, call)
    try:
        doc = apply_patch(record.doc, call.body)
    except PatchFailed as exc:
        raise invalid("Invalid patch operation", str(exc)) from exc
    if doc == record.doc:
        return Reply(304)
    validate(_schema(), doc)
    prose_rules("create_guardrails", doc)
    candidate = Patchable(record.id, doc, record.created_at, state.now())
    check_view("guardrail", guardrail_view(candidate))
    record.doc, record.updated_at = doc, candidate.updated_at
    return Reply(200, guardrail_view(record))


@HANDLERS.op("deleteGuardrails")
def remove(state: State, call: Call) -> Reply:
    record = _individual(state, call)
    if record is None:
        return _sets.remove(_sets.GUARDRAILS, state, call)
    delete(state.individual_guardrails, record.id, hard=False)
    return Reply(204)
