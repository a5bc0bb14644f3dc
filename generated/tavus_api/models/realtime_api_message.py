from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(RealtimeApiMessageProperties, value)


class RealtimeApiMessage(Model):
    """#### This is no longer supported by Tavus.

    Previously: forward OpenAI realtime event bodies through this channel so Tavus could relay realtime session updates
    to OpenAI.

    """

    message_type: str | None
    """ `conversation` for conversation-layer app messages. """
    event_type: str | None
    """ `conversation.realtime_api`. """
    conversation_id: str | None
    """ The unique identifier for the conversation. """
    properties: RealtimeApiMessageProperties | None
    """ The properties act as a way to forward realtime events from Tavus to OpenAI. Pass your OpenAI realtime event
    body in here. """

    _FIELDS = {
        "message_type": ("message_type", None),
        "event_type": ("event_type", None),
        "conversation_id": ("conversation_id", None),
        "properties": ("properties", _parse_properties),
    }

    def __init__(
        self,
        *,
        message_type: str | None = None,
        event_type: str | None = None,
        conversation_id: str | None = None,
        properties: RealtimeApiMessageProperties | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "message_type": message_type,
            "event_type": event_type,
            "conversation_id": conversation_id,
            "properties": properties,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
RealtimeApiMessageParam = TypedDict(
    "RealtimeApiMessageParam",
    {
        "message_type": "str",
        "event_type": "str",
        "conversation_id": "str",
        "properties": "RealtimeApiMessagePropertiesParam",
    },
    total=False,
)


from ..models.realtime_api_message_properties import (
    RealtimeApiMessageProperties,
    RealtimeApiMessagePropertiesParam,
)
