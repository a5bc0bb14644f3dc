from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class UtteranceStreamingEventProperties(Model):
    """Replica and user streaming share this shape; `is_interrupted` appears on replica messages when relevant."""

    role: str
    """ `replica` or `user` (fixed per frame class in the transport layer). """
    speech: str
    """ Full accumulated transcript for this turn so far (partial until `final` is true). """
    content_index: int
    """ Monotonic index per streaming sequence for ordering. """
    final: bool
    """ `true` when no further chunks for this turn. """
    is_interrupted: bool | None
    """ Replica only: barge-in / interrupted completion. Omitted on user streaming (implicit non-interrupted
    behavior). """

    _FIELDS = {
        "role": ("role", None),
        "speech": ("speech", None),
        "content_index": ("content_index", None),
        "final": ("final", None),
        "is_interrupted": ("is_interrupted", None),
    }
    _REQUIRED = (
        "role",
        "speech",
        "content_index",
        "final",
    )

    def __init__(
        self,
        *,
        role: str,
        speech: str,
        content_index: int,
        final: bool,
        is_interrupted: bool | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "role": role,
            "speech": speech,
            "content_index": content_index,
            "final": final,
            "is_interrupted": is_interrupted,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
UtteranceStreamingEventPropertiesParam = TypedDict(
    "UtteranceStreamingEventPropertiesParam",
    {
        "role": Required["str"],
        "speech": Required["str"],
        "content_index": Required["int"],
        "final": Required["bool"],
        "is_interrupted": "bool",
    },
    total=False,
)
