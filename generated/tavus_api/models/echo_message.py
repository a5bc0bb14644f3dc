from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(EchoMessageProperties, value)


class EchoMessage(Model):
    """#### Inbound: Broadcast this to Tavus so the replica speaks exactly what you supply—`text` and base64 `audio` are
    set under `properties` (`modality`).

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.echo', 'conversation_id': 'your-conversation-id',
                'properties': {'modality': 'text', 'text': 'Hello from an external echo.', 'done': True}}

    """

    message_type: str | None
    """ `conversation` for conversation-layer app messages. """
    event_type: str | None
    """ `conversation.echo`. """
    conversation_id: str | None
    """ The unique identifier for the conversation. """
    properties: EchoMessageProperties | None

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
        properties: EchoMessageProperties | None = None,
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
EchoMessageParam = TypedDict(
    "EchoMessageParam",
    {
        "message_type": "str",
        "event_type": "str",
        "conversation_id": "str",
        "properties": "EchoMessagePropertiesParam",
    },
    total=False,
)


from ..models.echo_message_properties import (
    EchoMessageProperties,
    EchoMessagePropertiesParam,
)
