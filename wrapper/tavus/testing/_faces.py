"""Face operations (the supplement): listFaces, createFace, getFace, deleteFace, updateFace, renameFace.

A face is a replica under its new name: the same record of `state.replicas` answers on
`/v2/faces/{face_id}` and `/v2/replicas/{replica_id}`, and trains on the same fake clock. A missing
face is a 400 `{"error": "Invalid face_id"}` (as Delete Face and Rename Face document it). Stock
(`system`) faces can be read and used but not renamed, updated or deleted. The prose rules of the
create body are the SDK's (`tavus._rules`: Create Replica's, with `default_voice_id` as a voice);
a `default_voice_id` must name a voice cloned here (state rule).
"""

from __future__ import annotations

from typing import Any

from ._errors import invalid
from ._handler import Call, Registry, Reply
from ._lifecycle import start_replica_training
from ._pagination import listing
from ._render import face_view, face_voices_view
from ._replicas import found, listed, owned
from ._store import Replica, State, delete, live
from ._validation import prose_rules

HANDLERS = Registry()


def check_voice(state: State, body: dict[str, Any]) -> str | None:
    voice_id = body.get("default_voice_id")
    if voice_id is not None and live(state.cloned_voices, voice_id) is None:
        raise invalid("default_voice_id", f"Invalid default_voice_id {voice_id!r}")
    return voice_id


@HANDLERS.op("createFace")
def create_face(state: State, call: Call) -> Reply:
    body = dict(call.body)
    prose_rules("create_face", body)
    voice_id = check_voice(state, body)
    now = state.now()
    face_id = state.ids.new("replica", state.replicas)
    face = Replica(
        replica_id=face_id,
        body=body,
        replica_name=body.get("face_name", f"Face {face_id}"),
        replica_type="user",
        status="started",
        created_at=now,
        updated_at=now,
        training_seconds=state.settings.replica_training_seconds,
        default_voice_id=voice_id,
        original_voice_id=voice_id,
    )
    state.replicas[face_id] = face
    start_replica_training(state, face)
    return Reply(200, {"face_id": face_id, "status": face.status})


@HANDLERS.op("listFaces")
def list_faces(state: State, call: Call) -> Reply:
    faces = listed(state, call.query, "face")
    now, verbose = state.now(), bool(call.query.get("verbose"))
    return Reply(200, listing(faces, state, call, lambda r: face_view(r, now, verbose=verbose)))


@HANDLERS.op("getFace")
def get_face(state: State, call: Call) -> Reply:
    face = found(state, call.path["face_id"], "face_id")
    return Reply(200, face_view(face, state.now(), verbose=bool(call.query.get("verbose"))))


@HANDLERS.op("deleteFace")
def delete_face(state: State, call: Call) -> Reply:
    face = owned(state, call.path["face_id"], "face_id")
    delete(state.replicas, face.replica_id, hard=bool(call.query.get("hard")))
    return Reply(200)


@HANDLERS.op("renameFace")
def rename_face(state: State, call: Call) -> Reply:
    face = owned(state, call.path["face_id"], "face_id")
    face.replica_name = call.body["face_name"]
    face.updated_at = state.now()
    return Reply(200)


@HANDLERS.op("updateFace")
def update_face(state: State, call: Call) -> Reply:
    """A JSON Merge Patch of `face_name` and `default_voice_id` (neither null nor blank)."""
    face = owned(state, call.path["face_id"], "face_id")
    body = dict(call.body)
    prose_rules("update_face", body)
    voice_id = check_voice(state, body)
    if "face_name" in body:
        face.replica_name = body["face_name"]
    if voice_id is not None:
        face.default_voice_id = voice_id
    face.updated_at = state.now()
    return Reply(200, face_voices_view(face))
