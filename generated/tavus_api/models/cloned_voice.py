from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class ClonedVoice(Model):
    """A voice (referenced by id from PAL TTS layers and face defaults). The page's Voice schema was not recovered; only
    voice_id and status are backed by page text.

    """

    voice_id: str
    """ Identifier of the voice. """
    status: str | None
    """ Cloning status - started, then completed (the voice can speak) or error. """

    _FIELDS = {
        "voice_id": ("voice_id", None),
        "status": ("status", None),
    }
    _REQUIRED = ("voice_id",)

    def __init__(
        self,
        *,
        voice_id: str,
        status: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "voice_id": voice_id,
            "status": status,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ClonedVoiceParam = TypedDict(
    "ClonedVoiceParam",
    {
        "voice_id": Required["str"],
        "status": "str",
    },
    total=False,
)
