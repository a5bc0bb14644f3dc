from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class CreateLipsyncBody(Model):
    original_video_url: str
    """ A direct link to the video that will be modified. This should be a publicly accessible / presigned S3 URL.
    """
    source_audio_url: str
    """ A direct link to the audio file that will be synchronized with the video. This should be a publicly
    accessible / presigned S3 URL. """
    lipsync_name: str | None
    """ An optional name for the lipsync video. """
    callback_url: str | None
    """ A url that will receive a callback on completion of the lipsync or on error. """

    _FIELDS = {
        "original_video_url": ("original_video_url", None),
        "source_audio_url": ("source_audio_url", None),
        "lipsync_name": ("lipsync_name", None),
        "callback_url": ("callback_url", None),
    }
    _REQUIRED = (
        "original_video_url",
        "source_audio_url",
    )

    def __init__(
        self,
        *,
        original_video_url: str,
        source_audio_url: str,
        lipsync_name: str | None = None,
        callback_url: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "original_video_url": original_video_url,
            "source_audio_url": source_audio_url,
            "lipsync_name": lipsync_name,
            "callback_url": callback_url,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateLipsyncBodyParam = TypedDict(
    "CreateLipsyncBodyParam",
    {
        "original_video_url": Required["str"],
        "source_audio_url": Required["str"],
        "lipsync_name": "str",
        "callback_url": "str",
    },
    total=False,
)
