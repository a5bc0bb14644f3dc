"""Deployment operations: create, get, JSON Patch (with `If-Match`), and the public init, start, end.

A deployment is created `active` for its PAL (a PAL is a persona here: the persona must exist).
Its stored document is the create body plus `status`; Get Deployment answers it (without the
`password`: `has_password` instead) with an `ETag` header, as the contract documents, which names
the version and changes on every update. JSON Patch paths address that view; `deployment_id`,
`has_password`, `usage_*`, `created_at`, `updated_at` are read-only (a `test` on them works; changes
to them are ignored) and `/password` can be set. A patch with an `If-Match` that is neither `*` nor
the current ETag is refused with 412 `{"message": "Precondition Failed"}` (HTTP's answer; the
contract prints no code for it). A patch that cannot be applied is a 422, one whose result breaks
the create schema or the response schema a 400. A missing deployment is a 404 without a body, as
Get Deployment Init and End Deployment Conversation document.

Init, start and end need no API key (the contract's `security: []`; `_core` skips the check).
Init answers `is_available: false` (and `unavailable_reason`, the status) unless the deployment is
`active`. Start checks the `password` of a deployment that has one (403 otherwise), refuses an
inactive deployment (400), then creates a conversation in the conversations store (so Get
Conversation finds it) with the PAL (`pal_id` in the body: a preview override) and its default
face, the deployment's `limits.max_call_duration`, and `conversational_context` /
`custom_greeting`. End ends a conversation started through that deployment (a no-op 200 when it
has ended already); any other conversation is a 404. Captcha and per-user limits are not modelled.
"""

from __future__ import annotations

from typing import Any

from ._conformance import check_view
from ._conversations import resolve_replica
from ._errors import ApiError, invalid
from ._handler import Call, Registry, Reply
from ._lifecycle import end_conversation, start_conversation
from ._patch import PatchFailed, apply_patch
from ._render import conversation_created_view, deployment_etag, deployment_init_view, deployment_view
from ._spec import load_spec
from ._store import Conversation, Deployment, State, live
from ._validation import validate

HANDLERS = Registry()
READ_ONLY = ("deployment_id", "has_password", "usage_total", "usage_today", "created_at", "updated_at")
CONVERSATION_FIELDS = ("conversational_context", "custom_greeting")


def found(state: State, deployment_id: str) -> Deployment:
    deployment = live(state.deployments, deployment_id)
    if deployment is None:
        raise NotFound
    return deployment


class NotFound(Exception):
    """A missing deployment or conversation: 404 without a body."""


def _handles_missing(handler: Any) -> Any:
    def handle(state: State, call: Call) -> Reply:
        try:
            reply: Reply = handler(state, call)
        except NotFound:
            return Reply(404)
        return reply

    handle.__name__ = handler.__name__
    return handle


def _check_pal(state: State, doc: dict[str, Any], before: dict[str, Any] | None = None) -> None:
    pal_id = str(doc.get("pal_id"))
    if pal_id != (before or {}).get("pal_id") and live(state.personas, pal_id) is None:
        raise invalid("pal_id", f"Invalid pal_id {pal_id!r}")


@HANDLERS.op("createDeployment")
@_handles_missing
def create_deployment(state: State, call: Call) -> Reply:
    doc = {**call.body, "status": "active"}
    _check_pal(state, doc)
    now = state.now()
    deployment = Deployment(id=state.ids.new("deployment", state.deployments), doc=doc, created_at=now, updated_at=now)
    view = deployment_view(deployment, now)
    check_view("deployment", view)
    state.deployments[deployment.id] = deployment
    return Reply(200, view)


@HANDLERS.op("getDeployment")
@_handles_missing
def get_deployment(state: State, call: Call) -> Reply:
    deployment = found(state, call.path["deployment_id"])
    return Reply(200, deployment_view(deployment, state.now()), (("ETag", deployment_etag(deployment)),))


def _matches(if_match: str, etag: str) -> bool:
    """If-Match by strong comparison (RFC 9110 13.1.1): `*`, or a list holding the current ETag."""
    tags = [tag.strip() for tag in if_match.split(",")]
    return "*" in tags or etag in tags


@HANDLERS.op("patchDeployment")
@_handles_missing
def patch_deployment(state: State, call: Call) -> Reply:
    deployment = found(state, call.path["deployment_id"])
    if_match = call.headers.get("if-match")
    if if_match is not None and not _matches(if_match, deployment_etag(deployment)):
        raise ApiError(412, "Precondition Failed")
    now = state.now()
    editable = {**deployment_view(deployment, now), "password": deployment.doc.get("password")}
    try:
        patched = apply_patch(editable, call.body)
    except PatchFailed as exc:
        raise ApiError(422, f"Invalid JSON patch format: {exc}") from exc
    if not isinstance(patched, dict):
        raise invalid("body", "the patched deployment must stay an object")
    doc = {k: v for k, v in patched.items() if k not in READ_ONLY and not (k == "password" and v is None)}
    validate(load_spec().operations["createDeployment"].body_schema or {}, doc)
    _check_pal(state, doc, deployment.doc)
    candidate = Deployment(
        id=deployment.id, doc=doc, created_at=deployment.created_at, updated_at=now,
        version=deployment.version + 1, conversations=deployment.conversations,
    )  # fmt: skip
    view = deployment_view(candidate, now)
    check_view("deployment", view)
    deployment.doc, deployment.updated_at, deployment.version = doc, now, candidate.version
    return Reply(200, view)


@HANDLERS.op("getDeploymentInit")
@_handles_missing
def get_deployment_init(state: State, call: Call) -> Reply:
    return Reply(200, deployment_init_view(found(state, call.path["deployment_id"])))


@HANDLERS.op("startDeploymentConversation")
@_handles_missing
def start_deployment_conversation(state: State, call: Call) -> Reply:
    deployment = found(state, call.path["deployment_id"])
    body = call.body or {}
    password = deployment.doc.get("password")
    if password and body.get("password") != password:
        raise ApiError(403, "Invalid password")
    if deployment.doc.get("status") != "active":
        raise ApiError(400, f"Deployment is {deployment.doc.get('status')}")
    pal_id = body.get("pal_id") or deployment.doc["pal_id"]
    conversation_body: dict[str, Any] = {"pal_id": pal_id, **{k: body[k] for k in CONVERSATION_FIELDS if k in body}}
    if "name" in deployment.doc:
        conversation_body["conversation_name"] = deployment.doc["name"]
    longest = deployment.doc.get("limits", {}).get("max_call_duration")
    if isinstance(longest, int) and not isinstance(longest, bool) and longest > 0:
        conversation_body["properties"] = {"max_call_duration": longest}
    replica_id = resolve_replica(state, conversation_body)
    now = state.now()
    conversation_id = state.ids.new("conversation", state.conversations)
    conversation = Conversation(
        conversation_id=conversation_id,
        body=conversation_body,
        replica_id=replica_id,
        persona_id=pal_id,
        status="active",
        created_at=now,
        updated_at=now,
    )
    state.conversations[conversation_id] = conversation
    deployment.conversations[conversation_id] = now
    start_conversation(state, conversation)
    return Reply(200, conversation_created_view(conversation))


@HANDLERS.op("endDeploymentConversation")
@_handles_missing
def end_deployment_conversation(state: State, call: Call) -> Reply:
    deployment = found(state, call.path["deployment_id"])
    conversation_id = call.path["conversation_id"]
    conversation = live(state.conversations, conversation_id)
    if conversation is None or conversation_id not in deployment.conversations:
        raise NotFound
    if conversation.status == "active":
        end_conversation(state, conversation, "end_conversation_endpoint_hit", state.now())
    return Reply(200, {"conversation_id": conversation_id, "status": conversation.status})
