from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class InterruptMessage(Model):
    """#### Inbound: Broadcast this to Tavus to externally interrupt the replica so it stops talking—commonly used with
    [Echo](/sections/event-schemas/conversation-echo).

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.interrupt', 'conversation_id': 'your-conversation-
                id'}

    """

    message_type: str | None
    """ `conversation` for conversation-layer app messages. """
    event_type: str | None
    """ `conversation.interrupt`. """
    conversation_id: str | None
    """ Omitted when empty. """

    _FIELDS = {
        "message_type": ("message_type", None),
        "event_type": ("event_type", None),
        "conversation_id": ("conversation_id", None),
    }

    def __init__(
        self,
        *,
        message_type: str | None = None,
        event_type: str | None = None,
        conversation_id: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "message_type": message_type,
            "event_type": event_type,
            "conversation_id": conversation_id,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
InterruptMessageParam = TypedDict(
    "InterruptMessageParam",
    {
        "message_type": "str",
        "event_type": "str",
        "conversation_id": "str",
    },
    total=False,
)
