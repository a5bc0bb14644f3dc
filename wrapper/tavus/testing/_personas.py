"""Persona operations: create, list (filter by `persona_type`), get, JSON Patch, delete.

The stored document is the create body; JSON Patch paths address it (`/persona_name`,
`/layers/llm/model`). A patch that cannot be applied (failed `test`, bad pointer) is the documented
422 `{"message": "Invalid JSON patch format: ..."}`; a patch whose result breaks the create schema or
the response schemas is a 400; a patch that changes nothing is a 304 (sent without a body: HTTP
forbids one on 304, although the spec documents one). A missing persona is a 400.
"""

from __future__ import annotations

from typing import Any

from ._conformance import check_view
from ._conversations import check_documents
from ._errors import ApiError, invalid
from ._handler import Call, Registry, Reply
from ._pagination import paginate
from ._patch import PatchFailed, apply_patch
from ._render import persona_created_view, persona_view
from ._spec import load_spec
from ._store import Patchable, State, delete, live
from ._validation import validate

HANDLERS = Registry()
READ_ONLY = ("persona_id", "persona_type", "created_at", "updated_at")


def check_rules(state: State, doc: dict[str, Any]) -> None:
    """The prose rules of a persona document, on create and after every patch."""
    for key in READ_ONLY:
        if key in doc:
            raise invalid(key, "is read-only")
    if doc.get("pipeline_mode", "full") != "echo" and not doc.get("system_prompt"):
        raise invalid("system_prompt", "is required unless pipeline_mode is echo")
    replica_id = doc.get("default_replica_id")
    if replica_id is not None and live(state.replicas, replica_id) is None:
        raise invalid("default_replica_id", f"Invalid replica_uuid {replica_id!r}")
    check_documents(state, doc.get("document_ids", []))


def found(state: State, persona_id: str, *, writable: bool = False) -> Patchable:
    persona = live(state.personas, persona_id)
    if persona is None:
        raise ApiError(400, "Invalid persona_id")
    if writable and persona.system:
        raise invalid("persona_id", "stock personas cannot be modified")
    return persona


@HANDLERS.op("createPersona")
def create_persona(state: State, call: Call) -> Reply:
    doc = dict(call.body)
    check_rules(state, doc)
    now = state.now()
    persona = Patchable(id=state.ids.new("persona", state.personas), doc=doc, created_at=now, updated_at=now)
    check_view("persona", persona_view(persona))
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
    page, _, _ = paginate(
        personas, call.query, default_limit=state.settings.default_page_size, first_page=1, strict=False
    )
    return Reply(200, {"data": [persona_view(p) for p in page], "total_count": len(personas)})


@HANDLERS.op("getPersona")
def get_persona(state: State, call: Call) -> Reply:
    return Reply(200, {"data": [persona_view(found(state, call.path["persona_id"]))]})


@HANDLERS.op("patchPersona")
def patch_persona(state: State, call: Call) -> Reply:
    persona = found(state, call.path["persona_id"], writable=True)
    try:
        doc = apply_patch(persona.doc, call.body)
    except PatchFailed as exc:
        raise ApiError(422, f"Invalid JSON patch format: {exc}") from exc
    if doc == persona.doc:
        return Reply(304)
    validate(load_spec().operations["createPersona"].body_schema or {}, doc)
    check_rules(state, doc)
    candidate = Patchable(id=persona.id, doc=doc, created_at=persona.created_at, updated_at=state.now())
    check_view("persona", persona_view(candidate))
    persona.doc, persona.updated_at = doc, candidate.updated_at
    return Reply(200)


@HANDLERS.op("deletePersona")
def delete_persona(state: State, call: Call) -> Reply:
    persona = found(state, call.path["persona_id"], writable=True)
    delete(state.personas, persona.id, hard=False)
    return Reply(204)
