"""The fake API as one plain function: `handle(state, request) -> Handled`.

Order of checks: route (404 unknown path, 405 wrong method) -> `x-api-key` (401
`{"message": "Invalid access token"}`; not for the operations the contract gives `security: []`,
which take any key or none) -> query and body against the spec's request schemas (400)
-> the operation's handler (501 for an operation of the contract the fake does not implement yet:
the supplement's new ones). Error bodies use the member (`error` or `message`) the spec documents
for that operation and status.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from . import (
    _app_messages,
    _conversations,
    _deployments,
    _dictionaries,
    _documents,
    _faces,
    _guardrails,
    _lipsync,
    _pals,
    _personas,
    _replacements,
    _replicas,
    _sets,
    _skills,
    _tools,
    _transcriptions,
    _videos,
    _voices,
)
from ._errors import ApiError, invalid
from ._handler import Call, Handler, Reply
from ._messages import ApiRequest, ApiResponse
from ._spec import Operation, load_spec
from ._store import State
from ._validation import parse_query, validate

HANDLERS: dict[str, Handler] = {
    **_replicas.HANDLERS,
    **_faces.HANDLERS,
    **_videos.HANDLERS,
    **_conversations.HANDLERS,
    **_app_messages.HANDLERS,
    **_personas.HANDLERS,
    **_documents.HANDLERS,
    **_sets.HANDLERS,
    **_guardrails.HANDLERS,
    **_voices.HANDLERS,
    **_dictionaries.HANDLERS,
    **_transcriptions.HANDLERS,
    **_lipsync.HANDLERS,
    **_replacements.HANDLERS,
    **_pals.HANDLERS,
    **_tools.HANDLERS,
    **_skills.HANDLERS,
    **_deployments.HANDLERS,
}


@dataclass(frozen=True)
class Handled:
    """The response, the operation it was routed to, and whether the API logic ran (auth passed)."""

    response: ApiResponse
    operation_id: str | None
    executed: bool


def route(request: ApiRequest) -> tuple[Operation | None, dict[str, str]]:
    operation, params, _ = load_spec().route(request.method, _normalize(request.path))
    return operation, params


def _normalize(path: str) -> str:
    return path.rstrip("/") if len(path) > 1 else path


def _body(operation: Operation, raw: bytes) -> Any:
    if operation.body_schema is None:
        return None
    if not raw.strip():
        if operation.body_schema.get("type") != "object":
            raise invalid("body", "is required")
        data: Any = {}
    else:
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise invalid("body", f"must be valid JSON ({exc})") from exc
    validate(operation.body_schema, data)
    return data


def encode(reply: Reply) -> ApiResponse:
    if reply.body is None:
        return ApiResponse(reply.status, reply.headers)
    return ApiResponse.of_json(reply.status, reply.body, reply.headers)


def error_reply(operation: Operation, status: int, text: str) -> Reply:
    return Reply(status, {operation.error_key(status): text})


def handle(state: State, request: ApiRequest) -> Handled:
    """Answer one request against `state`, applying first every state change due by now."""
    state.sync()
    spec = load_spec()
    path = _normalize(request.path)
    operation, params, known = spec.route(request.method, path)
    if operation is None:
        if known:
            allow = (("allow", ", ".join(spec.allowed_methods(path))),)
            reply = Reply(405, {"message": "Method Not Allowed"}, allow)
        else:
            reply = Reply(404, {"message": "Not Found"})
        return Handled(encode(reply), None, executed=False)
    if operation.needs_key and request.headers.get("x-api-key") != state.api_key:
        return Handled(encode(Reply(401, {"message": "Invalid access token"})), operation.operation_id, False)
    handler = HANDLERS.get(operation.operation_id)
    if handler is None:  # in the contract (a supplement operation not wrapped yet), not in the fake
        reply = Reply(501, {"message": f"the fake does not implement {operation.operation_id} yet"})
        return Handled(encode(reply), operation.operation_id, executed=False)
    try:
        query = parse_query(operation.query, request.query)
        call = Call(operation, params, query, _body(operation, request.body), request.headers)
        reply = handler(state, call)
    except ApiError as exc:
        reply = error_reply(operation, exc.status, exc.text)
    return Handled(encode(reply), operation.operation_id, executed=True)
