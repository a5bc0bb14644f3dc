"""Replacements (deprecated in the contract: "no longer supported by Tavus"), served anyway: create,
list (1-based), get, delete.

A replacement is `started`, then `completed` after `replacement_seconds` (or `error` when
`original_video_url` contains FAIL_MARKER), then its callback. The `transcription_id` it names, if
any, must exist (a state rule). The contract documents no error status here; a missing replacement
is a 400 `{"error": "Invalid replacement_id"}`, as for the other legacy jobs.
"""

from __future__ import annotations

from ._errors import invalid
from ._handler import Call, Registry, Reply
from ._jobs import found_job, new_job, newest_first
from ._lifecycle import start_job
from ._pagination import listing
from ._render import replacement_created_view, replacement_view
from ._store import State, delete, live
from ._validation import prose_rules

HANDLERS = Registry()


@HANDLERS.op("createReplacement")
def create_replacement(state: State, call: Call) -> Reply:
    body = dict(call.body)
    prose_rules("create_replacement", body)
    transcription_id = body.get("transcription_id")
    if transcription_id is not None and live(state.transcriptions, transcription_id) is None:
        raise invalid("transcription_id", f"Invalid transcription_id {transcription_id!r}")
    job = new_job(state, "replacement", state.replacements, body, state.settings.replacement_seconds)
    start_job(state, state.replacements, job, ("original_video_url",), replacement_view)
    return Reply(200, replacement_created_view(job))


@HANDLERS.op("listReplacements")
def list_replacements(state: State, call: Call) -> Reply:
    return Reply(200, listing(newest_first(state.replacements), state, call, replacement_view))


@HANDLERS.op("getReplacement")
def get_replacement(state: State, call: Call) -> Reply:
    job = found_job(state.replacements, call.path["replacement_id"], "replacement_id")
    return Reply(200, replacement_view(job))


@HANDLERS.op("deleteReplacement")
def delete_replacement(state: State, call: Call) -> Reply:
    job = found_job(state.replacements, call.path["replacement_id"], "replacement_id")
    delete(state.replacements, job.id, hard=False)
    return Reply(204)
