"""What a backend or a browser sends into a live conversation (the supplement): sendAppMessage,
recordCanvasInteraction, listCanvasInteractions.

Send App Message records its body (`fake.app_messages(conversation_id)` reads them back, oldest
first) and answers 200; only an active conversation takes one (the page's "App messages can only be
sent to active conversations."; its status is not recovered, 400 here). Record Canvas Interaction
needs no API key (the contract's `security: []`), is refused once the conversation has ended, and
is idempotent by `interaction_id`: a retry with the same tool_call_id, component,
component_version, type and value answers 200 without recording it again or a second
canvas.interaction webhook (metadata is not compared); the same id with other content is a 400.
List Canvas Interactions returns them oldest first, during and after the conversation.
A missing conversation is a 400 `{"error": "Invalid conversation_id"}`, as for the other
conversation operations.
"""

from __future__ import annotations

from typing import Any

from ._callbacks import conversation_event
from ._clock import iso_micro
from ._conversations import found
from ._errors import invalid
from ._handler import Call, Registry, Reply
from ._store import Conversation, State

HANDLERS = Registry()
# What an identical retry of Record Canvas Interaction must repeat (metadata is not compared).
_IDEMPOTENT = ("tool_call_id", "component", "component_version", "type", "value")


def active(state: State, conversation_id: str, what: str) -> Conversation:
    conversation = found(state, conversation_id)
    if conversation.status != "active":
        raise invalid("conversation_id", f"{what} can only be sent to active conversations")
    return conversation


@HANDLERS.op("sendAppMessage")
def send_app_message(state: State, call: Call) -> Reply:
    conversation = active(state, call.path["conversation_id"], "app messages")
    state.app_messages.setdefault(conversation.conversation_id, []).append(dict(call.body or {}))
    return Reply(200)


@HANDLERS.op("recordCanvasInteraction")
def record_canvas_interaction(state: State, call: Call) -> Reply:
    conversation = active(state, call.path["conversation_id"], "canvas interactions")
    body: dict[str, Any] = dict(call.body)
    records = state.canvas_interactions.setdefault(conversation.conversation_id, [])
    for earlier in records:
        if earlier["interaction_id"] == body["interaction_id"]:
            if any(earlier.get(key) != body.get(key) for key in _IDEMPOTENT):
                raise invalid("interaction_id", "was already recorded with other content")
            return Reply(200, {"success": True})
    now = state.now()
    record = {"conversation_id": conversation.conversation_id, **body, "created_at": iso_micro(now)}
    records.append(record)
    properties = {k: v for k, v in record.items() if k != "conversation_id"}
    event = conversation_event(conversation, "canvas.interaction", now, **properties)
    state.emit(conversation.body.get("callback_url"), event)
    return Reply(200, {"success": True})


@HANDLERS.op("listCanvasInteractions")
def list_canvas_interactions(state: State, call: Call) -> Reply:
    conversation = found(state, call.path["conversation_id"])
    return Reply(200, {"data": [dict(r) for r in state.canvas_interactions.get(conversation.conversation_id, [])]})
