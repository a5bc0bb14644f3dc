from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_data(value: Any) -> Any:
    return parse_model(VideoData, value)


class Video(Model):
    video_id: str
    """ A unique identifier for the video. """
    video_name: str | None
    """ The name of the video. """
    status: str | None
    """ Lifecycle status; possible values: `queued`, `generating`, `ready`, `deleted`, `error`. When `ready`,
    `download_url`, `stream_url`, and `hosted_url` are populated for download, stream, and viewing respectively. """
    data: VideoData | None
    download_url: str | None
    """ A direct link to download your generated video (populated when `status` is `ready`). """
    stream_url: str | None
    """ A direct link to stream your generated video (populated when `status` is `ready`). """
    hosted_url: str | None
    """ A direct link to view your generated video, hosted by Tavus (populated when `status` is `ready`). """
    status_details: str | None
    """ A detailed status of the video. """
    created_at: str | None
    """ The date and time the video was created. """
    updated_at: str | None
    """ The date and time of when the video was last updated. """
    still_image_thumbnail_url: str | None
    """ Included if the `verbose` query parameter is set to true. A link to an image thumbnail of the video. """
    gif_thumbnail_url: str | None
    """ Included if the `verbose` query parameter is set to true. A link to a gif thumbnail of the video. """
    background_url: str | None
    """ A link to a website. This will be used as the background for the video. The website must be publicly
    accessible and properly formed. """
    background_source_url: str | None
    """ A direct link to a video that is publicly accessible via a storage location such as an S3 bucket. This will
    be used as the background for the video. The video must be publicly accessible. """
    error_details: str | None
    """ If the video has an error, this will contain the error message. """

    _FIELDS = {
        "video_id": ("video_id", None),
        "video_name": ("video_name", None),
        "status": ("status", None),
        "data": ("data", _parse_data),
        "download_url": ("download_url", None),
        "stream_url": ("stream_url", None),
        "hosted_url": ("hosted_url", None),
        "status_details": ("status_details", None),
        "created_at": ("created_at", None),
        "updated_at": ("updated_at", None),
        "still_image_thumbnail_url": ("still_image_thumbnail_url", None),
        "gif_thumbnail_url": ("gif_thumbnail_url", None),
        "background_url": ("background_url", None),
        "background_source_url": ("background_source_url", None),
        "error_details": ("error_details", None),
    }
    _REQUIRED = ("video_id",)

    def __init__(
        self,
        *,
        video_id: str,
        video_name: str | None = None,
        status: str | None = None,
        data: VideoData | None = None,
        download_url: str | None = None,
        stream_url: str | None = None,
        hosted_url: str | None = None,
        status_details: str | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        still_image_thumbnail_url: str | None = None,
        gif_thumbnail_url: str | None = None,
        background_url: str | None = None,
        background_source_url: str | None = None,
        error_details: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "video_id": video_id,
            "video_name": video_name,
            "status": status,
            "data": data,
            "download_url": download_url,
            "stream_url": stream_url,
            "hosted_url": hosted_url,
            "status_details": status_details,
            "created_at": created_at,
            "updated_at": updated_at,
            "still_image_thumbnail_url": still_image_thumbnail_url,
            "gif_thumbnail_url": gif_thumbnail_url,
            "background_url": background_url,
            "background_source_url": background_source_url,
            "error_details": error_details,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
VideoParam = TypedDict(
    "VideoParam",
    {
        "video_id": Required["str"],
        "video_name": "str",
        "status": "str",
        "data": "VideoDataParam",
        "download_url": "str",
        "stream_url": "str",
        "hosted_url": "str",
        "status_details": "str",
        "created_at": "str",
        "updated_at": "str",
        "still_image_thumbnail_url": "str",
        "gif_thumbnail_url": "str",
        "background_url": "str",
        "background_source_url": "str",
        "error_details": "str",
    },
    total=False,
)


from ..models.video_data import (
    VideoData,
    VideoDataParam,
)
