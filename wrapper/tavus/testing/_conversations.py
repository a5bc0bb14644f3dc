"""Conversation operations: create, list (filter by `status`), get, delete, end.

A missing conversation is a 400 `{"error": "Invalid conversation_id"}` (no 404 in the spec).
Ending an already ended conversation is a no-op 200, so a retried end is harmless.
`getConversation?verbose=true` adds `shutdown_reason` and the conversation's `events`.
The prose rule of the create body is the SDK's (`tavus._rules`: a face_id or a pal_id, or their
legacy aliases replica_id and persona_id); the references must exist and the replica be trained
(state rules, here).
"""

from __future__ import annotations

from typing import Any

from ._errors import ApiError, invalid
from ._handler import Call, Registry, Reply
from ._lifecycle import end_conversation, start_conversation
from ._pagination import listing
from ._render import conversation_created_view, conversation_view
from ._replicas import usable
from ._store import Conversation, State, delete, live
from ._validation import prose_rules

HANDLERS = Registry()


def check_documents(state: State, document_ids: list[str], field: str = "document_ids") -> None:
    for index, document_id in enumerate(document_ids):
        if live(state.documents, document_id) is None:
            raise invalid(f"{field}[{index}]", f"Invalid document_id {document_id!r}")


def persona_of(body: dict[str, Any]) -> tuple[str, str] | None:
    """(field, id) of the PAL that drives the conversation: `pal_id`, or its legacy alias `persona_id`."""
    for field in ("pal_id", "persona_id"):
        if field in body:
            return field, body[field]
    return None


def resolve_replica(state: State, body: dict[str, Any]) -> str:
    """The face (replica) that joins: the request's `face_id` or its legacy alias `replica_id`, else
    the PAL's (persona's) default. The fake's faces are its replicas and its PALs its personas, as
    Tavus's docs pages call the legacy endpoints their aliases."""
    replica_id = body.get("face_id") or body.get("replica_id")
    pal = persona_of(body)
    if pal is not None:
        persona = live(state.personas, pal[1])
        if persona is None:
            raise invalid(pal[0], f"Invalid {pal[0]} {pal[1]!r}")
        replica_id = replica_id or persona.doc.get("default_replica_id")
    if not replica_id:
        raise invalid("face_id", "is required unless the PAL has a default face (default_replica_id)")
    return usable(state, replica_id).replica_id


def check_create_rules(state: State, body: dict[str, Any]) -> str:
    """The create body's prose rules, then its references; the replica that joins."""
    prose_rules("create_conversation", body)
    check_documents(state, body.get("document_ids", []))
    return resolve_replica(state, body)


def private(body: dict[str, Any]) -> bool:
    """`require_auth`, at the top level or (since 2026) under `properties`: the room needs a meeting token."""
    return bool(body.get("require_auth") or body.get("properties", {}).get("require_auth"))


def found(state: State, conversation_id: str) -> Conversation:
    conversation = live(state.conversations, conversation_id)
    if conversation is None:
        raise ApiError(400, "Invalid conversation_id")
    return conversation


@HANDLERS.op("createConversation")
def create_conversation(state: State, call: Call) -> Reply:
    body = dict(call.body)
    replica_id = check_create_rules(state, body)
    now = state.now()
    conversation_id = state.ids.new("conversation", state.conversations)
    conversation = Conversation(
        conversation_id=conversation_id,
        body=body,
        replica_id=replica_id,
        persona_id=(persona_of(body) or (None, None))[1],
        status="active",
        created_at=now,
        updated_at=now,
        meeting_token=f"fake.{state.ids.token()}" if private(body) else None,
    )
    state.conversations[conversation_id] = conversation
    start_conversation(state, conversation)
    return Reply(200, conversation_created_view(conversation))


@HANDLERS.op("listConversations")
def list_conversations(state: State, call: Call) -> Reply:
    conversations = [c for c in reversed(state.conversations.values()) if not c.deleted]
    if "status" in call.query:
        conversations = [c for c in conversations if c.status == call.query["status"]]
    return Reply(200, listing(conversations, state, call, conversation_view))


@HANDLERS.op("getConversation")
def get_conversation(state: State, call: Call) -> Reply:
    conversation = found(state, call.path["conversation_id"])
    return Reply(200, conversation_view(conversation, verbose=bool(call.query.get("verbose"))))


@HANDLERS.op("deleteConversation")
def delete_conversation(state: State, call: Call) -> Reply:
    conversation = found(state, call.path["conversation_id"])
    delete(state.conversations, conversation.conversation_id, hard=bool(call.query.get("hard")))
    return Reply(204)


@HANDLERS.op("endConversation")
def end(state: State, call: Call) -> Reply:
    conversation = found(state, call.path["conversation_id"])
    if conversation.status == "active":
        end_conversation(state, conversation, "end_conversation_endpoint_hit", state.now())
    return Reply(200)
