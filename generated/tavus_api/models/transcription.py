from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
