from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class CreateReplacementBody(Model):
    original_video_url: str
    """ A direct link to the video that will be modified. This should be a publicly accessible / presigned S3 URL.
    """
    new_transcript: str
    """ The new text that will replace the old text in the video. This should be an edited version of the text
    returned from the transcription service (referenced by transcription_id). Both the original transcription and
    this new text are used to identify which words to replace. """
    transcription_id: str | None
    """ A unique identifier for the transcription. """
    callback_url: str | None
    """ A url that will receive a callback on completion of the replacement or on error. """
    replacement_name: str | None
    """ An optional name for the replacement. """

    _FIELDS = {
        "original_video_url": ("original_video_url", None),
        "new_transcript": ("new_transcript", None),
        "transcription_id": ("transcription_id", None),
        "callback_url": ("callback_url", None),
        "replacement_name": ("replacement_name", None),
    }
    _REQUIRED = (
        "original_video_url",
        "new_transcript",
    )

    def __init__(
        self,
        *,
        original_video_url: str,
        new_transcript: str,
        transcription_id: str | None = None,
        callback_url: str | None = None,
        replacement_name: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "original_video_url": original_video_url,
            "new_transcript": new_transcript,
            "transcription_id": transcription_id,
            "callback_url": callback_url,
            "replacement_name": replacement_name,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateReplacementBodyParam = TypedDict(
    "CreateReplacementBodyParam",
    {
        "original_video_url": Required["str"],
        "new_transcript": Required["str"],
        "transcription_id": "str",
        "callback_url": "str",
        "replacement_name": "str",
    },
    total=False,
)
