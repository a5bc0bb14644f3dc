"""PAL operations (the supplement): create, list, get, JSON Patch, delete, publish, check a
conferencing username; and the tools attached to a PAL (list, attach, detach).

A PAL is a persona: the same record of `state.personas`, served on `/v2/pals/{id}` and on the legacy
`/v2/personas/{id}`. It is stored in the persona's names and rendered in the PAL pages' names
(`pal_name`, `default_face_id`, `layers.conversational_flow.pal_interruptibility`; `_render.pal_view`).
Every write is checked against both views (`check_view`). JSON Patch paths address the Get PAL view;
its read-only fields (`pal_id`, `pal_type`, `conferencing_email`, times) cannot be changed.

State rules: `default_face_id` names a live face (a face is a replica), `guardrail_ids` live
guardrails, a conferencing username (case-insensitive, stored lowercase) belongs to one PAL only.
The fake has no PAL Builder drafts, so Publish PAL is the documented idempotent case: it answers
the live PAL. Attach Tools To PAL answers every tool attached after the call (the contract leaves
open whether it lists only the new ones); system tools are never attached ("every conversation has
them without attaching").
"""

from __future__ import annotations

from typing import Any

from . import _personas
from ._conformance import check_view
from ._errors import ApiError, invalid
from ._handler import Call, Registry, Reply
from ._pagination import listing
from ._patch import PatchFailed, apply_patch
from ._render import conferencing_username, pal_created_view, pal_doc, pal_view, persona_doc, persona_view, tool_view
from ._spec import load_spec
from ._store import Patchable, State, delete, live
from ._validation import prose_rules, validate

HANDLERS = Registry()
TAKEN = "Username is already taken."


def found(state: State, pal_id: str, *, writable: bool = False) -> Patchable:
    pal = live(state.personas, pal_id)
    if pal is None:
        raise ApiError(400, "Invalid pal_id")
    if writable and pal.system:
        raise invalid("pal_id", "stock PALs cannot be modified")
    return pal


def username_taken(state: State, username: str, besides: str | None = None) -> bool:
    return any(
        conferencing_username(p.doc) == username.lower()
        for p in state.personas.values()
        if not p.deleted and p.id != besides
    )


def _check(state: State, pal: dict[str, Any], before: dict[str, Any] | None = None, pal_id: str | None = None) -> None:
    """A PAL document's rules (in the PAL's names), on create and after every patch; then the
    persona's (documents, objectives, legacy guardrails, pronunciation dictionary)."""
    before = before or {}
    prose_rules("create_pal", pal)
    face_id = pal.get("default_face_id")
    if face_id != before.get("default_face_id") and (face_id is None or live(state.replicas, face_id) is None):
        raise invalid("default_face_id", f"Invalid face_id {face_id!r}")
    if pal.get("guardrail_ids") != before.get("guardrail_ids"):
        for guardrail_id in pal.get("guardrail_ids", []):
            if live(state.individual_guardrails, guardrail_id) is None:
                raise invalid("guardrail_ids", f"Invalid guardrail id {guardrail_id!r}")
    username = conferencing_username(pal)
    if username is not None and username != conferencing_username(before) and username_taken(state, username, pal_id):
        raise invalid("layers.conferencing.username", TAKEN)
    _personas.check_rules(state, persona_doc(pal), persona_doc(before) if before else None)


def _checked(record: Patchable) -> None:
    check_view("pal", pal_view(record))
    check_view("persona", persona_view(record))


@HANDLERS.op("createPal")
def create_pal(state: State, call: Call) -> Reply:
    _check(state, call.body)
    now = state.now()
    record = Patchable(state.ids.new("persona", state.personas), persona_doc(call.body), now, now)
    _checked(record)
    state.personas[record.id] = record
    return Reply(200, pal_created_view(record))


@HANDLERS.op("listPals")
def list_pals(state: State, call: Call) -> Reply:
    pals = [p for p in reversed(state.personas.values()) if not p.deleted]
    wanted = call.query.get("pal_type")
    if wanted is not None:
        pals = [p for p in pals if p.system == (wanted == "system")]
    return Reply(200, listing(pals, state, call, pal_view))


@HANDLERS.op("getPal")
def get_pal(state: State, call: Call) -> Reply:
    return Reply(200, {"data": [pal_view(found(state, call.path["pal_id"]))]})


@HANDLERS.op("patchPal")
def patch_pal(state: State, call: Call) -> Reply:
    record = found(state, call.path["pal_id"], writable=True)
    try:
        patched = apply_patch(pal_view(record), call.body)
    except PatchFailed as exc:
        raise ApiError(400, f"Invalid JSON patch format: {exc}") from exc
    if not isinstance(patched, dict):
        raise ApiError(400, "Invalid JSON patch format: the PAL must stay an object")
    doc = persona_doc(patched)
    if doc == record.doc:
        return Reply(304)
    pal = pal_doc(doc)
    validate(load_spec().operations["createPal"].body_schema or {}, pal)
    _check(state, pal, pal_doc(record.doc), record.id)
    candidate = Patchable(record.id, doc, record.created_at, state.now())
    _checked(candidate)
    record.doc, record.updated_at = doc, candidate.updated_at
    return Reply(200)


@HANDLERS.op("deletePal")
def delete_pal(state: State, call: Call) -> Reply:
    record = found(state, call.path["pal_id"], writable=True)
    delete(state.personas, record.id, hard=False)
    return Reply(204)


@HANDLERS.op("publishPal")
def publish_pal(state: State, call: Call) -> Reply:
    # "Idempotent when there is no draft (returns the live PAL)": the fake keeps no drafts.
    return Reply(200, {"status": "success", **pal_view(found(state, call.path["pal_id"]))})


@HANDLERS.op("checkConferencingUsername")
def check_username(state: State, call: Call) -> Reply:
    if username_taken(state, call.query["username"]):
        return Reply(200, {"available": False, "reason": TAKEN})
    return Reply(200, {"available": True})


# --- tools attached to a PAL ------------------------------------------------------------------


def _attached(state: State, pal_id: str) -> list[Patchable]:
    tools = (live(state.tools, tool_id) for tool_id in state.pal_tools.get(pal_id, []))
    return [tool for tool in tools if tool is not None]


@HANDLERS.op("listPalTools")
def list_pal_tools(state: State, call: Call) -> Reply:
    pal = found(state, call.path["pal_id"])
    return Reply(200, {"data": [tool_view(tool) for tool in _attached(state, pal.id)]})


@HANDLERS.op("attachToolsToPal")
def attach_tools(state: State, call: Call) -> Reply:
    pal = found(state, call.path["pal_id"], writable=True)
    tool_ids = call.body.get("tool_ids", [])
    for tool_id in tool_ids:
        tool = live(state.tools, tool_id)
        if tool is None:
            raise invalid("tool_ids", f"Invalid tool_id {tool_id!r}")
        if tool.system:
            raise invalid("tool_ids", f"{tool_id!r} is a system tool: every conversation has it")
    attached = state.pal_tools.setdefault(pal.id, [])
    attached.extend(t for t in dict.fromkeys(tool_ids) if t not in attached)
    return Reply(200, {"data": [tool_view(tool) for tool in _attached(state, pal.id)]})


@HANDLERS.op("detachToolFromPersona")
def detach_tool(state: State, call: Call) -> Reply:
    pal = live(state.personas, call.path["pal_id"])
    if pal is None:
        raise ApiError(400, "Bad Request. PAL not found")
    tool_id = call.path["tool_id"]
    if live(state.tools, tool_id) is None:
        raise ApiError(400, "Bad Request. Tool not found")
    attached = state.pal_tools.get(pal.id, [])
    if tool_id not in attached:
        raise ApiError(400, "Bad Request. Tool not attached to this PAL")
    attached.remove(tool_id)
    return Reply(204)
