"""Replica operations: createReplica, listReplicas, getReplica, deleteReplica, renameReplica.

A missing replica is a 400 `{"error": "Invalid replica_id"}` (the spec documents no 404 here).
Stock (`system`) replicas can be read and used but not renamed or deleted.
"""

from __future__ import annotations

from typing import Any

from ._errors import ApiError, invalid
from ._handler import Call, Registry, Reply
from ._lifecycle import start_replica_training
from ._pagination import paginate
from ._render import replica_view
from ._store import Replica, State, delete, live
from ._validation import require_http_urls

HANDLERS = Registry()
URL_FIELDS = ("train_video_url", "train_image_url", "consent_video_url", "callback_url")


def check_create_rules(body: dict[str, Any]) -> None:
    """The prose rules of createReplica's request body."""
    video, image = "train_video_url" in body, "train_image_url" in body
    if video and image:
        raise invalid("train_image_url", "cannot be combined with train_video_url; send exactly one")
    if not video and not image:
        raise invalid("train_video_url", "either train_video_url or train_image_url must be provided")
    if image and not body.get("voice_name", "").strip():
        raise invalid("voice_name", "is required with train_image_url")
    if "voice_name" in body and not body["voice_name"].strip():
        raise invalid("voice_name", "must not be empty")
    if "auto_fix_training_image" in body and not image:
        raise invalid("auto_fix_training_image", "only applies to train_image_url")
    if "consent_video_url" in body and not video:
        raise invalid("consent_video_url", "only allowed with train_video_url")
    require_http_urls(body, URL_FIELDS)


def found(state: State, replica_id: str) -> Replica:
    replica = live(state.replicas, replica_id)
    if replica is None:
        raise ApiError(400, "Invalid replica_id")
    return replica


def owned(state: State, replica_id: str) -> Replica:
    replica = found(state, replica_id)
    if replica.replica_type == "system":
        raise invalid("replica_id", "stock replicas cannot be modified")
    return replica


def usable(state: State, replica_id: str) -> Replica:
    """A replica that can appear in a video or a conversation: existing and fully trained."""
    replica = live(state.replicas, replica_id)
    if replica is None:
        raise invalid("replica_id", f"Invalid replica_id {replica_id!r}")
    if replica.status != "completed":
        raise invalid("replica_id", f"replica is not ready (status: {replica.status})")
    return replica


@HANDLERS.op("createReplica")
def create_replica(state: State, call: Call) -> Reply:
    body = dict(call.body)
    check_create_rules(body)
    now = state.now()
    replica_id = state.ids.new("replica", state.replicas)
    replica = Replica(
        replica_id=replica_id,
        body=body,
        replica_name=body.get("replica_name", f"Replica {replica_id}"),
        replica_type="user",
        status="started",
        created_at=now,
        updated_at=now,
        training_seconds=state.settings.replica_training_seconds,
    )
    state.replicas[replica_id] = replica
    start_replica_training(state, replica)
    return Reply(200, {"replica_id": replica_id, "status": replica.status})


@HANDLERS.op("listReplicas")
def list_replicas(state: State, call: Call) -> Reply:
    query = call.query
    replicas = [r for r in reversed(state.replicas.values()) if not r.deleted]
    if "replica_type" in query:
        replicas = [r for r in replicas if r.replica_type == query["replica_type"]]
    if "replica_ids" in query:
        wanted = {part.strip() for part in query["replica_ids"].split(",") if part.strip()}
        replicas = [r for r in replicas if r.replica_id in wanted]
    page, _, _ = paginate(replicas, query, default_limit=state.settings.default_page_size, first_page=1, strict=False)
    now = state.now()
    data = [replica_view(r, now, verbose=bool(query.get("verbose"))) for r in page]
    return Reply(200, {"data": data, "total_count": len(replicas)})


@HANDLERS.op("getReplica")
def get_replica(state: State, call: Call) -> Reply:
    replica = found(state, call.path["replica_id"])
    return Reply(200, replica_view(replica, state.now(), verbose=bool(call.query.get("verbose"))))


@HANDLERS.op("deleteReplica")
def delete_replica(state: State, call: Call) -> Reply:
    replica = owned(state, call.path["replica_id"])
    delete(state.replicas, replica.replica_id, hard=bool(call.query.get("hard")))
    return Reply(200)


@HANDLERS.op("renameReplica")
def rename_replica(state: State, call: Call) -> Reply:
    replica = owned(state, call.path["replica_id"])
    replica.replica_name = call.body["replica_name"]
    replica.updated_at = state.now()
    return Reply(200)
