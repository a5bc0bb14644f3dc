from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class Transcription(Model):
    transcription_id: str
    """ A unique identifier for the transcription. """
    file_url: str | None
    """ The URL of the file that was transcribed. """
    text: str | None
    """ The transcribed text from the video. """
    status: str | None
    """ The status of the transcription. """
    created_at: str | None
    """ The date and time the transcription was created. """
    callback_url: str | None
    """ The callback URL provided in the request. """

    _FIELDS = {
        "transcription_id": ("transcription_id", None),
        "file_url": ("file_url", None),
        "text": ("text", None),
        "status": ("status", None),
        "created_at": ("created_at", None),
        "callback_url": ("callback_url", None),
    }
    _REQUIRED = ("transcription_id",)

    def __init__(
        self,
        *,
        transcription_id: str,
        file_url: str | None = None,
        text: str | None = None,
        status: str | None = None,
        created_at: str | None = None,
        callback_url: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "transcription_id": transcription_id,
            "file_url": file_url,
            "text": text,
            "status": status,
            "created_at": created_at,
            "callback_url": callback_url,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
TranscriptionParam = TypedDict(
    "TranscriptionParam",
    {
        "transcription_id": Required["str"],
        "file_url": "str",
        "text": "str",
        "status": "str",
        "created_at": "str",
        "callback_url": "str",
    },
    total=False,
)
