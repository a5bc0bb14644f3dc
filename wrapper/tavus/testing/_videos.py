"""Video operations: generateVideo, listVideos, getVideo, deleteVideo, renameVideo.

A missing video is a 400 `{"error": "Invalid video_id"}` (the spec documents no 404 here).
"""

from __future__ import annotations

from typing import Any

from ._clock import long_date
from ._errors import ApiError, invalid
from ._handler import Call, Registry, Reply
from ._lifecycle import start_video_generation
from ._pagination import paginate
from ._render import video_created_view, video_view
from ._replicas import usable
from ._store import State, Video, delete, live
from ._validation import require_http_urls

HANDLERS = Registry()
URL_FIELDS = ("audio_url", "background_url", "background_source_url", "watermark_image_url", "callback_url")


def check_create_rules(state: State, body: dict[str, Any]) -> None:
    """The prose rules of generateVideo's request body."""
    script, audio = "script" in body, "audio_url" in body
    if script and audio:
        raise invalid("audio_url", "cannot be combined with script; send exactly one")
    if not script and not audio:
        raise invalid("script", "either script or audio_url must be provided")
    if script and not body["script"].strip():
        raise invalid("script", "must not be empty")
    if body.get("transparent_background") and not body.get("fast"):
        raise invalid("transparent_background", "requires fast: true")
    require_http_urls(body, URL_FIELDS)
    usable(state, body["replica_id"])


def found(state: State, video_id: str) -> Video:
    video = live(state.videos, video_id)
    if video is None:
        raise ApiError(400, "Invalid video_id")
    return video


@HANDLERS.op("generateVideo")
def generate_video(state: State, call: Call) -> Reply:
    body = dict(call.body)
    check_create_rules(state, body)
    now = state.now()
    video_id = state.ids.new("video", state.videos)
    default_name = f"replica_id: {body['replica_id']} - {long_date(now)} - video: {video_id}"
    video = Video(
        video_id=video_id,
        body=body,
        video_name=body.get("video_name", default_name),
        status="queued",
        created_at=now,
        updated_at=now,
        queue_seconds=state.settings.video_queue_seconds,
        generation_seconds=state.settings.video_generation_seconds,
    )
    state.videos[video_id] = video
    start_video_generation(state, video)
    return Reply(200, video_created_view(video))


@HANDLERS.op("listVideos")
def list_videos(state: State, call: Call) -> Reply:
    videos = [v for v in reversed(state.videos.values()) if not v.deleted]
    page, _, _ = paginate(
        videos, call.query, default_limit=state.settings.default_page_size, first_page=1, strict=False
    )
    now = state.now()
    return Reply(200, {"data": [video_view(v, now, thumbnails=True) for v in page], "total_count": len(videos)})


@HANDLERS.op("getVideo")
def get_video(state: State, call: Call) -> Reply:
    video = found(state, call.path["video_id"])
    return Reply(200, video_view(video, state.now(), thumbnails=bool(call.query.get("verbose"))))


@HANDLERS.op("deleteVideo")
def delete_video(state: State, call: Call) -> Reply:
    video = found(state, call.path["video_id"])
    video.status, video.updated_at = "deleted", state.now()
    delete(state.videos, video.video_id, hard=bool(call.query.get("hard")))
    return Reply(200)


@HANDLERS.op("renameVideo")
def rename_video(state: State, call: Call) -> Reply:
    video = found(state, call.path["video_id"])
    video.video_name = call.body["video_name"]
    video.updated_at = state.now()
    return Reply(200)
