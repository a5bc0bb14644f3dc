from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

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


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
RespondMessagePropertiesParam = TypedDict(
    "RespondMessagePropertiesParam",
    {
        "text": Required["str"],
    },
    total=False,
)
