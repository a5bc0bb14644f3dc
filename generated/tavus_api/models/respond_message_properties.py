from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class RespondMessageProperties(Model):
    text: str
    """ Treated as a completed user transcript: creates a new inference id, clears talking state, queues user-done
    and a user utterance frame with this text. """

    _FIELDS = {
        "text": ("text", None),
    }
    _REQUIRED = ("text",)

    def __init__(
        self,
        *,
        text: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "text": text,
        }
        self._init(values, additional_properties)
