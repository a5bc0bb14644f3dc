from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class EchoMessageProperties(Model):
    modality: EchoMessagePropertiesModality | None
    """ `text` (default) or `audio`. """
    text: str | None
    """ Chunk of assistant text when `modality` is `text` (default). """
    audio: str | None
    """ Base64 audio when `modality` is `audio` (PCM or pipeline-specific encoding). """
    sample_rate: int | None
    """ Sample rate for audio; defaults to `16000` when `modality` is `audio`. """
    inference_id: str | None
    """ If omitted, server generates a UUID; if provided, normalized to a stable MD5-derived UUID for streaming
    chunks across multiple echo frames. """
    done: bool | None
    """ Default `true` for text and `false` for audio in server defaults; set explicitly when streaming—keep `false`
    until the final audio chunk, then `true` or audio may be cut off. """

    _FIELDS = {
        "modality": ("modality", None),
        "text": ("text", None),
        "audio": ("audio", None),
        "sample_rate": ("sample_rate", None),
        "inference_id": ("inference_id", None),
        "done": ("done", None),
    }

    def __init__(
        self,
        *,
        modality: EchoMessagePropertiesModality | None = None,
        text: str | None = None,
        audio: str | None = None,
        sample_rate: int | None = None,
        inference_id: str | None = None,
        done: bool | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "modality": modality,
            "text": text,
            "audio": audio,
            "sample_rate": sample_rate,
            "inference_id": inference_id,
            "done": done,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
EchoMessagePropertiesParam = TypedDict(
    "EchoMessagePropertiesParam",
    {
        "modality": "EchoMessagePropertiesModality",
        "text": "str",
        "audio": "str",
        "sample_rate": "int",
        "inference_id": "str",
        "done": "bool",
    },
    total=False,
)


from ..models.echo_message_properties_modality import EchoMessagePropertiesModality
