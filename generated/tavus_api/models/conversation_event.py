from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(ConversationEventProperties, value)


class ConversationEvent(Model):
    event_type: str | None
    """ Event name (e.g. system.replica_joined, application.transcription_ready, application.perception_analysis).
    """
    timestamp: str | None
    """ ISO 8601 time of the event. """
    properties: ConversationEventProperties | None
    """ Event-specific payload when present. For `application.transcription_ready`, includes a `transcript` array of
    per-turn entries. """

    _FIELDS = {
        "event_type": ("event_type", None),
        "timestamp": ("timestamp", None),
        "properties": ("properties", _parse_properties),
    }

    def __init__(
        self,
        *,
        event_type: str | None = None,
        timestamp: str | None = None,
        properties: ConversationEventProperties | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "event_type": event_type,
            "timestamp": timestamp,
            "properties": properties,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ConversationEventParam = TypedDict(
    "ConversationEventParam",
    {
        "event_type": "str",
        "timestamp": "str",
        "properties": "ConversationEventPropertiesParam",
    },
    total=False,
)


from ..models.conversation_event_properties import (
    ConversationEventProperties,
    ConversationEventPropertiesParam,
)
