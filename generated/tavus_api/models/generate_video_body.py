from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(GenerateVideoBodyProperties, value)


class GenerateVideoBody(Model):
    replica_id: str
    """ A unique identifier for the replica that will be used to generate the video. """
    video_name: str | None
    """ A name for the video. """
    background_url: str | None
    """ A link to a website. This will be used as the background for the video. The website must be publicly
    accessible and properly formed. """
    background_source_url: str | None
    """ A direct link to a video that is publicly accessible via a storage location such as an S3 bucket. This will
    be used as the background for the video. The video must be publicly accessible. """
    callback_url: str | None
    """ A url that will receive a callback on completion of video generation or on error. """
    fast: bool | None
    """ If set to true, the video will be generated using a barebones fast rendering process. This will result in a
    faster generation of the video but some features will be disabled. Features such as background generation,
    thumbnail images, and streaming urls are not supported when using this fast rendering process. """
    transparent_background: bool | None
    """ If set to true, the generated video will be a `.webm` video with a transparent background.

    Please note that this feature only works if the `fast` parameter is set to `true`.
     """
    watermark_image_url: str | None
    """ A direct link to a image that is publicly accessible via a storage location such as an S3 bucket. This will
    be used as the watermark on the video. Currently, it support `png` & `jpeg` formats only. Ensure the image is
    publicly accessible. """
    properties: GenerateVideoBodyProperties | None
    script: str | None
    """ A text script that will be used to generate the audio in the video. Exactly one of `script` and `audio_url`
    is required. """
    audio_url: str | None
    """ A download link to a publicly accessible .wav or .mp3 file used as the audio of the video. Exactly one of
    `script` and `audio_url` is required. """

    _FIELDS = {
        "replica_id": ("replica_id", None),
        "video_name": ("video_name", None),
        "background_url": ("background_url", None),
        "background_source_url": ("background_source_url", None),
        "callback_url": ("callback_url", None),
        "fast": ("fast", None),
        "transparent_background": ("transparent_background", None),
        "watermark_image_url": ("watermark_image_url", None),
        "properties": ("properties", _parse_properties),
        "script": ("script", None),
        "audio_url": ("audio_url", None),
    }
    _REQUIRED = ("replica_id",)

    def __init__(
        self,
        *,
        replica_id: str,
        video_name: str | None = None,
        background_url: str | None = None,
        background_source_url: str | None = None,
        callback_url: str | None = None,
        fast: bool | None = None,
        transparent_background: bool | None = None,
        watermark_image_url: str | None = None,
        properties: GenerateVideoBodyProperties | None = None,
        script: str | None = None,
        audio_url: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "replica_id": replica_id,
            "video_name": video_name,
            "background_url": background_url,
            "background_source_url": background_source_url,
            "callback_url": callback_url,
            "fast": fast,
            "transparent_background": transparent_background,
            "watermark_image_url": watermark_image_url,
            "properties": properties,
            "script": script,
            "audio_url": audio_url,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
GenerateVideoBodyParam = TypedDict(
    "GenerateVideoBodyParam",
    {
        "replica_id": Required["str"],
        "video_name": "str",
        "background_url": "str",
        "background_source_url": "str",
        "callback_url": "str",
        "fast": "bool",
        "transparent_background": "bool",
        "watermark_image_url": "str",
        "properties": "GenerateVideoBodyPropertiesParam",
        "script": "str",
        "audio_url": "str",
    },
    total=False,
)


from ..models.generate_video_body_properties import (
    GenerateVideoBodyProperties,
    GenerateVideoBodyPropertiesParam,
)
