"""getVoices: the stock voices (`_stock.py`) and the completed cloned ones, filtered, sorted and paged
as the contract describes; createVoice and getVoice (the supplement): voice cloning.

`search` is a case-insensitive substring of `voice_name`, `tag` a case-insensitive tag name of the
voice's replica, `sort` orders by `voice_name` (`asc` by default); pages are 1-based, `limit` 1-100
(the schema's bounds, checked as request validation), 10 by default. Stock voices are read-only.

A cloned voice is `started`, then `completed` after `voice_cloning_seconds` (or `error` when a field
of the body contains FAIL_MARKER), when `callback_url` receives application.voice_status_changed
(voice_id, voice_name, status; error_message on error). The docs page does not print the names of
the body's fields besides callback_url; the fake takes the voice's name from `voice_name` (or
`name`) when sent. Once completed it is listed by getVoices too (with its `voice_id`, no tags).
A missing voice is a 404 without a body (Get Voice documents one, without its body).
"""

from __future__ import annotations

from typing import Any

from ._handler import Call, Registry, Reply
from ._jobs import new_job
from ._lifecycle import start_job
from ._pagination import listing
from ._render import cloned_voice_view
from ._store import Job, State, live

HANDLERS = Registry()


def cloned_voices(state: State) -> list[dict[str, Any]]:
    """The completed cloned voices, as getVoices items."""
    return [
        {"voice_name": job.result, "voice_id": job.id, "tags": []}
        for job in state.cloned_voices.values()
        if job.status == "completed" and not job.deleted
    ]


@HANDLERS.op("createVoice")
def create_voice(state: State, call: Call) -> Reply:
    body = dict(call.body)
    job = new_job(state, "voice", state.cloned_voices, body, state.settings.voice_cloning_seconds)
    job.result = str(body.get("voice_name") or body.get("name") or f"Voice {job.id}")

    def event(done: Job) -> dict[str, Any]:
        return {"event_type": "application.voice_status_changed", **cloned_voice_view(done)}

    start_job(state, state.cloned_voices, job, tuple(body), event)
    return Reply(200, {"voice_id": job.id, "status": job.status})


@HANDLERS.op("getVoice")
def get_voice(state: State, call: Call) -> Reply:
    job = live(state.cloned_voices, call.path["voice_id"])
    if job is None:
        return Reply(404)  # Get Voice documents a 404 without a body
    return Reply(200, cloned_voice_view(job))


@HANDLERS.op("getVoices")
def get_voices(state: State, call: Call) -> Reply:
    query = call.query
    voices = [*state.voices, *cloned_voices(state)]
    voices = sorted(voices, key=lambda v: str(v["voice_name"]), reverse=query.get("sort") == "desc")
    if "search" in query:
        needle = query["search"].lower()
        voices = [v for v in voices if needle in str(v["voice_name"]).lower()]
    if "tag" in query:
        tag = query["tag"].lower()
        voices = [v for v in voices if any(str(t.get("tag_name", "")).lower() == tag for t in v.get("tags", []))]
    return Reply(
        200, listing(voices, state, call, lambda v: {**v, "tags": [dict(t) for t in v["tags"]]}, numbered=True)
    )
