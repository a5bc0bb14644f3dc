"""Replica operations: createReplica, listReplicas, getReplica, deleteReplica, renameReplica.

A missing replica is a 400 `{"error": "Invalid replica_id"}` (the spec documents no 404 here).
Stock (`system`) replicas can be read and used but not renamed or deleted. The prose rules of the
create body are the SDK's (`tavus._rules`: exactly one training URL, `voice_name` with an image,
absolute http(s) download links).
"""

from __future__ import annotations

from typing import Any

from ._errors import ApiError, invalid
from ._handler import Call, Registry, Reply
from ._lifecycle import start_replica_training
from ._pagination import listing
from ._render import DEFAULT_MODEL, replica_view
from ._store import Replica, State, delete, live
from ._validation import prose_rules

HANDLERS = Registry()


def found(state: State, replica_id: str, field: str = "replica_id") -> Replica:
    """The replica (or face: `field="face_id"`, the same record) with this id; 400 `Invalid <field>`."""
    replica = live(state.replicas, replica_id)
    if replica is None:
        raise ApiError(400, f"Invalid {field}")
    return replica


def owned(state: State, replica_id: str, field: str = "replica_id") -> Replica:
    replica = found(state, replica_id, field)
    if replica.replica_type == "system":
        raise invalid(field, f"stock {field[:-3]}s cannot be modified")
    return replica


def usable(state: State, replica_id: str) -> Replica:
    """A replica that can appear in a video or a conversation: existing and fully trained."""
    replica = live(state.replicas, replica_id)
    if replica is None:
        raise invalid("replica_id", f"Invalid replica_id {replica_id!r}")
    if replica.status != "completed":
        raise invalid("replica_id", f"replica is not ready (status: {replica.status})")
    return replica


def model_name(replica: Replica) -> str:
    """The Phoenix model it was trained on: `model_name` "Defaults to `phoenix-4`"."""
    return str(replica.body.get("model_name", DEFAULT_MODEL))


@HANDLERS.op("createReplica")
def create_replica(state: State, call: Call) -> Reply:
    body = dict(call.body)
    prose_rules("create_replica", body)
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


def listed(state: State, query: dict[str, Any], noun: str) -> list[Replica]:
    """The live replicas, newest first, filtered as List Replicas (`noun` "replica": `replica_type`,
    `replica_ids`) and List Faces ("face": `face_type`, `face_ids`) filter them, and by `model_name`."""
    replicas = [r for r in reversed(state.replicas.values()) if not r.deleted]
    if f"{noun}_type" in query:
        replicas = [r for r in replicas if r.replica_type == query[f"{noun}_type"]]
    if f"{noun}_ids" in query:
        wanted = {part.strip() for part in query[f"{noun}_ids"].split(",") if part.strip()}
        replicas = [r for r in replicas if r.replica_id in wanted]
    if "model_name" in query:
        replicas = [r for r in replicas if model_name(r) == query["model_name"]]
    return replicas


@HANDLERS.op("listReplicas")
def list_replicas(state: State, call: Call) -> Reply:
    replicas = listed(state, call.query, "replica")
    now, verbose = state.now(), bool(call.query.get("verbose"))
    return Reply(200, listing(replicas, state, call, lambda r: replica_view(r, now, verbose=verbose)))


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
