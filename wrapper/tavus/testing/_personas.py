"""Persona operations: create, list (filter by `persona_type`), get, JSON Patch, delete.

The stored document is the create body. JSON Patch paths "must match the **current** document
shape", the Get Persona view: `/persona_name`, `/layers/llm/model`, and the read-only
`/persona_id`, `/persona_type`, `/created_at`, `/updated_at` (a `test` on them works; changes to
them are ignored). A patch that cannot be applied (failed `test`, bad pointer) is the documented
422 `{"message": "Invalid JSON patch format: ..."}`; a patch whose result breaks the create schema,
its prose rules or the response schemas is a 400; a patch that changes nothing is a 304 (sent
without a body: HTTP forbids one on 304). A missing persona is a 400.

The prose rule (a `system_prompt` unless `pipeline_mode` is echo) is the SDK's (`tavus._rules`);
the referenced replica, documents, objectives, guardrails and pronunciation dictionary must exist
(state rules, here).
"""

from __future__ import annotations

from typing import Any

from ._conformance import check_view
from ._conversations import check_documents
from ._errors import ApiError, invalid
from ._handler import Call, Registry, Reply
from ._pagination import listing
from ._patch import PatchFailed, apply_patch
from ._render import pal_view, persona_created_view, persona_view
from ._spec import load_spec
from ._store import Patchable, State, delete, live
from ._validation import prose_rules, validate

HANDLERS = Registry()
READ_ONLY = ("persona_id", "persona_type", "created_at", "updated_at")


def _dictionary_id(doc: dict[str, Any]) -> Any:
    tts = doc.get("layers", {}).get("tts", {})
    return tts.get("pronunciation_dictionary_id") if isinstance(tts, dict) else None


def check_rules(state: State, doc: dict[str, Any], before: dict[str, Any] | None = None) -> None:
    """The rules of a persona document, on create and after every patch: the prose rules, then the
    references (those a patch changes: a record deleted since does not block other edits)."""
    prose_rules("create_persona", doc)
    before = before or {}
    replica_id = doc.get("default_replica_id")
    if replica_id not in (None, before.get("default_replica_id")) and live(state.replicas, replica_id) is None:
        raise invalid("default_replica_id", f"Invalid replica_uuid {replica_id!r}")
    if doc.get("document_ids") != before.get("document_ids"):
        check_documents(state, doc.get("document_ids", []))
    for field, records in (("objectives_id", state.objectives), ("guardrails_id", state.guardrails)):
        value = doc.get(field)
        if value not in (None, before.get(field)) and live(records, value) is None:
            raise invalid(field, f"Invalid {field} {value!r}")
    dictionary_id = _dictionary_id(doc)
    if dictionary_id not in (None, _dictionary_id(before)) and live(state.dictionaries, dictionary_id) is None:
        field = "layers.tts.pronunciation_dictionary_id"
        raise invalid(field, f"Invalid pronunciation_dictionary_id {dictionary_id!r}")


def found(state: State, persona_id: str, *, writable: bool = False) -> Patchable:
    persona = live(state.personas, persona_id)
    if persona is None:
        raise ApiError(400, "Invalid persona_id")
    if writable and persona.system:
        raise invalid("persona_id", "stock personas cannot be modified")
    return persona


@HANDLERS.op("createPersona")
def create_persona(state: State, call: Call) -> Reply:
    doc = {k: v for k, v in call.body.items() if k not in READ_ONLY}  # the server's to set
    check_rules(state, doc)
    now = state.now()
    persona = Patchable(id=state.ids.new("persona", state.personas), doc=doc, created_at=now, updated_at=now)
    check_view("persona", persona_view(persona))
    check_view("pal", pal_view(persona))  # a persona is a PAL: it must fit that view as well
    state.personas[persona.id] = persona
    return Reply(200, persona_created_view(persona))


@HANDLERS.op("listPersonas")
def list_personas(state: State, call: Call) -> Reply:
    personas = [p for p in reversed(state.personas.values()) if not p.deleted]
    if "persona_type" in call.query:
        personas = [
            p
            for p in personas
            if (p.system and call.query["persona_type"] == "system")
            or (not p.system and call.query["persona_type"] == "user")
        ]
    return Reply(200, listing(personas, state, call, persona_view))


@HANDLERS.op("getPersona")
def get_persona(state: State, call: Call) -> Reply:
    return Reply(200, {"data": [persona_view(found(state, call.path["persona_id"]))]})


@HANDLERS.op("patchPersona")
def patch_persona(state: State, call: Call) -> Reply:
    persona = found(state, call.path["persona_id"], writable=True)
    try:
        patched = apply_patch(persona_view(persona), call.body)
    except PatchFailed as exc:
        raise ApiError(422, f"Invalid JSON patch format: {exc}") from exc
    doc = {k: v for k, v in patched.items() if k not in READ_ONLY} if isinstance(patched, dict) else patched
    if doc == persona.doc:
        return Reply(304)
    validate(load_spec().operations["createPersona"].body_schema or {}, doc)
    check_rules(state, doc, persona.doc)
    candidate = Patchable(id=persona.id, doc=doc, created_at=persona.created_at, updated_at=state.now())
    check_view("persona", persona_view(candidate))
    check_view("pal", pal_view(candidate))
    persona.doc, persona.updated_at = doc, candidate.updated_at
    return Reply(200)


@HANDLERS.op("deletePersona")
def delete_persona(state: State, call: Call) -> Reply:
    persona = found(state, call.path["persona_id"], writable=True)
    delete(state.personas, persona.id, hard=False)
    return Reply(204)
