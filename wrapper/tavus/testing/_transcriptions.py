"""Transcriptions: create (`file_url` and `callback_url` required), list (1-based), get, delete.

A transcription is `started`, then `completed` with its `text` after `transcription_seconds` (or
`error` when `file_url` contains FAIL_MARKER), and the result is POSTed to `callback_url`
(`_lifecycle.py`). Transcribing a video this fake generated gives back its script. The contract
documents no error status here; a missing transcription is answered as the other legacy jobs
answer theirs, 400 `{"error": "Invalid transcription_id"}`.
"""

from __future__ import annotations

from ._handler import Call, Registry, Reply
from ._jobs import found_job, new_job, newest_first
from ._lifecycle import start_job
from ._pagination import listing
from ._render import transcription_created_view, transcription_view, video_links
from ._store import Job, State, delete
from ._validation import prose_rules

HANDLERS = Registry()
DEFAULT_TEXT = "Hi there, and thanks for watching. In this video I walk you through what we built and why it matters."


def spoken_text(state: State, file_url: str) -> str:
    """What the file says: the script of a video generated here, else a stock sentence."""
    for video in state.videos.values():
        if video.status == "ready" and file_url in video_links(video).values():
            return str(video.body.get("script", DEFAULT_TEXT))
    return DEFAULT_TEXT


@HANDLERS.op("createTranscription")
def create_transcription(state: State, call: Call) -> Reply:
    body = dict(call.body)
    prose_rules("create_transcription", body)
    job = new_job(state, "transcription", state.transcriptions, body, state.settings.transcription_seconds)
    text = spoken_text(state, body["file_url"])

    def complete(done: Job) -> None:
        done.result = text

    start_job(state, state.transcriptions, job, ("file_url",), transcription_view, complete)
    return Reply(200, transcription_created_view(job))


@HANDLERS.op("listTranscriptions")
def list_transcriptions(state: State, call: Call) -> Reply:
    return Reply(200, listing(newest_first(state.transcriptions), state, call, transcription_view))


@HANDLERS.op("getTranscription")
def get_transcription(state: State, call: Call) -> Reply:
    job = found_job(state.transcriptions, call.path["transcription_id"], "transcription_id")
    return Reply(200, transcription_view(job))


@HANDLERS.op("deleteTranscription")
def delete_transcription(state: State, call: Call) -> Reply:
    job = found_job(state.transcriptions, call.path["transcription_id"], "transcription_id")
    delete(state.transcriptions, job.id, hard=False)
    return Reply(204)
