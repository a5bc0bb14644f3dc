from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class CreateTranscriptionBody(Model):
    file_url: str
    """ A direct link to the video that will be transcribed. This should be a publicly accessible / presigned S3
    URL. """
    callback_url: str
    """ A url that will receive a callback on completion of the transcription or on error. """

    _FIELDS = {
        "file_url": ("file_url", None),
        "callback_url": ("callback_url", None),
    }
    _REQUIRED = (
        "file_url",
        "callback_url",
    )

    def __init__(
        self,
        *,
        file_url: str,
        callback_url: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "file_url": file_url,
            "callback_url": callback_url,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateTranscriptionBodyParam = TypedDict(
    "CreateTranscriptionBodyParam",
    {
        "file_url": Required["str"],
        "callback_url": Required["str"],
    },
    total=False,
)
