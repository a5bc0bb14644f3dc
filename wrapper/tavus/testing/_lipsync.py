"""Lipsync (deprecated in the contract: "no longer supported by Tavus"), served anyway: create, list
(1-based), get, delete.

A lipsync is `started`, then `completed` with a `video_url` after `lipsync_seconds` (or `error`
when one of its URLs contains FAIL_MARKER), then its callback. A missing one is the documented 400
`{"error": "Invalid lipsync_id"}`.
"""

from __future__ import annotations

from ._handler import Call, Registry, Reply
from ._jobs import found_job, new_job, newest_first
from ._lifecycle import start_job
from ._pagination import listing
from ._render import lipsync_created_view, lipsync_view
from ._store import State, delete
from ._validation import prose_rules

HANDLERS = Registry()
INPUTS = ("original_video_url", "source_audio_url")


@HANDLERS.op("createLipsync")
def create_lipsync(state: State, call: Call) -> Reply:
    body = dict(call.body)
    prose_rules("create_lipsync", body)
    job = new_job(state, "lipsync", state.lipsyncs, body, state.settings.lipsync_seconds)
    start_job(state, state.lipsyncs, job, INPUTS, lipsync_view)
    return Reply(200, lipsync_created_view(job))


@HANDLERS.op("listLipsyncs")
def list_lipsyncs(state: State, call: Call) -> Reply:
    return Reply(200, listing(newest_first(state.lipsyncs), state, call, lipsync_view))


@HANDLERS.op("getLipsync")
def get_lipsync(state: State, call: Call) -> Reply:
    return Reply(200, lipsync_view(found_job(state.lipsyncs, call.path["lipsync_id"], "lipsync_id")))


@HANDLERS.op("deleteLipsync")
def delete_lipsync(state: State, call: Call) -> Reply:
    job = found_job(state.lipsyncs, call.path["lipsync_id"], "lipsync_id")
    delete(state.lipsyncs, job.id, hard=False)
    return Reply(204)
