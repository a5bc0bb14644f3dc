"""Tool operations (the supplement): create, list (`type` user/system/all, `sort`, `name_or_uuid`),
get, update, delete.

A tool is stored as its create body with the defaults the pages document: `parameters` {},
`delivery` `{"app_message": true}`, `trigger_type` in_call, `origin` llm (none for a post-call
action), `on_call` generate_filler, `on_resolve` generate_response. Names are unique among the
account's live tools; a deleted tool's name is free again. Secret auth fields are answered as
`********`, and sending that placeholder back on update is refused ("omit the secret to keep it").
The one system tool, `end_call`, is listed with `type=system` (first with `type=all`) and can be read
but not updated, deleted, or attached to a PAL.
"""

from __future__ import annotations

from typing import Any

from ._conformance import check_view
from ._errors import ApiError, invalid
from ._handler import Call, Registry, Reply
from ._pagination import listing
from ._render import MASK, SECRET_AUTH_FIELDS, tool_view
from ._store import Patchable, State, delete, live
from ._validation import prose_rules

HANDLERS = Registry()
SYSTEM_TOOL_ID = "end_call"
DEFAULTS: dict[str, Any] = {
    "parameters": {},
    "delivery": {"app_message": True},
    "trigger_type": "in_call",
    "on_call": "generate_filler",
    "on_resolve": "generate_response",
}


def seed_system_tools(state: State) -> None:
    now = state.now()
    doc = {
        "name": "end_call",
        "description": "End the conversation when the participant is done.",
        "parameters": {},
        "delivery": {"app_message": True},
        "trigger_type": "in_call",
        "origin": "llm",
        "on_call": "silent",
        "on_resolve": "fire_and_forget",
    }
    state.tools[SYSTEM_TOOL_ID] = Patchable(SYSTEM_TOOL_ID, doc, now, now, system=True)


def _with_defaults(body: dict[str, Any]) -> dict[str, Any]:
    doc = {**DEFAULTS, **body}
    if doc["trigger_type"] == "post_call":  # post-call actions "take no origin"; on_call is in-flight behaviour
        doc["on_call"] = body.get("on_call")
    else:
        doc.setdefault("origin", "llm")
    return doc


def _name_free(state: State, name: Any, besides: str | None = None) -> None:
    if any(t.doc.get("name") == name for t in state.tools.values() if not t.deleted and t.id != besides):
        raise invalid("name", f"a tool named {name!r} already exists")


def found(state: State, tool_id: str) -> Patchable:
    tool = live(state.tools, tool_id)
    if tool is None:
        raise ApiError(400, "Bad Request. Tool not found")
    return tool


@HANDLERS.op("createTool")
def create_tool(state: State, call: Call) -> Reply:
    prose_rules("create_tool", call.body)
    _name_free(state, call.body["name"])
    now = state.now()
    tool = Patchable(state.ids.new("tool", state.tools), _with_defaults(call.body), now, now)
    check_view("tool", tool_view(tool))
    state.tools[tool.id] = tool
    return Reply(200, tool_view(tool))


@HANDLERS.op("listTools")
def list_tools(state: State, call: Call) -> Reply:
    kind = call.query.get("type", "user")
    tools = [t for t in state.tools.values() if not t.deleted and (kind == "all" or t.system == (kind == "system"))]
    wanted = call.query.get("name_or_uuid")
    if wanted is not None:
        tools = [t for t in tools if t.id == wanted or wanted.lower() in str(t.doc.get("name", "")).lower()]
    if call.query.get("sort") == "desc":  # by created_at: the order they were created in
        tools.reverse()
    tools.sort(key=lambda t: not t.system)  # "type=all lists both, system tools first" (a stable sort)
    return Reply(200, listing(tools, state, call, tool_view))


@HANDLERS.op("getTool")
def get_tool(state: State, call: Call) -> Reply:
    return Reply(200, tool_view(found(state, call.path["tool_id"])))


def _unmasked(auth: Any) -> None:
    if isinstance(auth, dict):
        for name in SECRET_AUTH_FIELDS:
            if auth.get(name) == MASK:
                raise invalid(f"delivery.api.auth.{name}", "is the ******** placeholder: omit it to keep the secret")


@HANDLERS.op("updateTool")
def update_tool(state: State, call: Call) -> Reply:
    tool = found(state, call.path["tool_id"])
    if tool.system:
        raise ApiError(400, "Bad Request. Cannot update system tools")
    body = dict(call.body)
    delivery = body.get("delivery", tool.doc.get("delivery"))
    if "delivery" in body and body["delivery"] is None:  # "delivery null resets delivery to {"app_message": true}"
        body["delivery"] = {"app_message": True}
    elif isinstance(delivery, dict) and isinstance(delivery.get("api"), dict):
        _unmasked(delivery["api"].get("auth"))
        old = tool.doc.get("delivery", {}).get("api", {})
        if "auth" in delivery["api"] and isinstance(old.get("auth"), dict):  # omitted secrets are kept
            kept = {k: v for k, v in old["auth"].items() if k in SECRET_AUTH_FIELDS}
            body["delivery"] = {**delivery, "api": {**delivery["api"], "auth": {**kept, **delivery["api"]["auth"]}}}
    doc = {**tool.doc, **body}
    prose_rules("create_tool", doc)
    if "name" in body:
        _name_free(state, body["name"], tool.id)
    candidate = Patchable(tool.id, doc, tool.created_at, state.now())
    check_view("tool", tool_view(candidate))
    tool.doc, tool.updated_at = doc, candidate.updated_at
    return Reply(200, tool_view(tool))


@HANDLERS.op("deleteTool")
def delete_tool(state: State, call: Call) -> Reply:
    tool = found(state, call.path["tool_id"])
    if tool.system:
        raise ApiError(400, "Bad Request. Cannot delete system tools")
    delete(state.tools, tool.id, hard=False)
    for attached in state.pal_tools.values():  # "detaches it from every PAL"
        if tool.id in attached:
            attached.remove(tool.id)
    return Reply(204)
