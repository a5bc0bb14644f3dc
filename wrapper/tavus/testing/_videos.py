"""Video operations: generateVideo, listVideos, getVideo, deleteVideo, renameVideo.

A missing video is a 400 `{"error": "Invalid video_id"}` (the spec documents no 404 here). Lists
are 0-based ("The page number to return (0-indexed). Default is 0"). The prose rules of the create
body are the SDK's (`tavus._rules`: exactly one of script / audio_url, absolute http(s) download
links); the replica must exist and be trained (a state rule, here).
"""

from __future__ import annotations

from ._clock import long_date
from ._errors import ApiError
from ._handler import Call, Registry, Reply
from ._lifecycle import start_video_generation
from ._pagination import listing
from ._render import video_created_view, video_view
from ._replicas import usable
from ._store import State, Video, delete, live
from ._validation import prose_rules

HANDLERS = Registry()


def found(state: State, video_id: str) -> Video:
    video = live(state.videos, video_id)
    if video is None:
        raise ApiError(400, "Invalid video_id")
    return video


@HANDLERS.op("generateVideo")
def generate_video(state: State, call: Call) -> Reply:
    body = dict(call.body)
    prose_rules("generate_video", body)
    usable(state, body["replica_id"])
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
    now = state.now()
    return Reply(200, listing(videos, state, call, lambda v: video_view(v, now, thumbnails=True)))


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
