from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(SensitivityMessageProperties, value)


class SensitivityMessage(Model):
    """#### Inbound: Broadcast this to Tavus to update VAD sensitivity using `participant_pause_sensitivity` or
    `participant_interrupt_sensitivity`—how long you can pause before the replica replies versus how easily you can
    interrupt it.

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.sensitivity', 'conversation_id': 'your-
                conversation-id', 'properties': {'participant_interrupt_sensitivity': 'medium'}}

    """

    message_type: str | None
    """ `conversation` for conversation-layer app messages. """
    event_type: str | None
    """ `conversation.sensitivity`. """
    conversation_id: str | None
    """ The unique identifier for the conversation. """
    properties: SensitivityMessageProperties | None
    """ Send exactly one of the two keys per message (not both). Enum values are listed on each field. UX mapping
    overlaps [Conversational Flow](/sections/conversational-video-interface/persona/conversational-flow)
    (`turn_taking_patience`, `replica_interruptibility`). """

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
        properties: SensitivityMessageProperties | None = None,
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
SensitivityMessageParam = TypedDict(
    "SensitivityMessageParam",
    {
        "message_type": "str",
        "event_type": "str",
        "conversation_id": "str",
        "properties": "SensitivityMessagePropertiesParam",
    },
    total=False,
)


from ..models.sensitivity_message_properties import (
    SensitivityMessageProperties,
    SensitivityMessagePropertiesParam,
)
