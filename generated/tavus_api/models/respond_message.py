from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(RespondMessageProperties, value)


class RespondMessage(Model):
    """#### Inbound: Broadcast text to Tavus for the replica to respond to as if the user had just spoken that transcript
    in the conversation.

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.respond', 'conversation_id': 'your-conversation-
                id', 'properties': {'text': 'User message as if they had just finished speaking.'}}

    """

    message_type: str | None
    """ `conversation` for conversation-layer app messages. """
    event_type: str | None
    """ `conversation.respond`. """
    conversation_id: str | None
    """ The unique identifier for the conversation. """
    properties: RespondMessageProperties | None

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
        properties: RespondMessageProperties | None = None,
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
RespondMessageParam = TypedDict(
    "RespondMessageParam",
    {
        "message_type": "str",
        "event_type": "str",
        "conversation_id": "str",
        "properties": "RespondMessagePropertiesParam",
    },
    total=False,
)


from ..models.respond_message_properties import (
    RespondMessageProperties,
    RespondMessagePropertiesParam,
)
