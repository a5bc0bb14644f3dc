from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(UtteranceEventProperties, value)


class UtteranceEvent(Model):
    """#### Outbound: Tavus tells you who spoke and the full utterance text for that turn (from when they started until
    they finished, which may be more than one sentence).

    Compare with [`conversation.utterance.streaming`](/sections/event-schemas/conversation-utterance-streaming) for
    progressive replica text and interruption flags.

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.utterance', 'seq': 600, 'conversation_id': 'your-
                conversation-id', 'inference_id': '550e8400-e29b-41d4-a716-446655440000', 'turn_idx': 8, 'properties': {'role':
                'replica', 'speech': 'Full assistant reply for this inference.', 'user_audio_analysis': 'optional short
                summary', 'user_visual_analysis': 'optional short summary', 'interrupted': True}}

    """

    message_type: str | None
    """ `conversation` for conversation-layer app messages. """
    event_type: str | None
    """ `conversation.utterance`. """
    timestamp: float | None
    """ Unix timestamp (seconds since epoch) indicating when this event was created. Use this to build timestamped
    transcripts or reconstruct the timeline of a conversation. """
    seq: int | None
    """ Monotonic per event; a higher `seq` was emitted later. Use with `turn_idx` as in [Event ordering and turn
    tracking](/sections/conversational-video-interface/interactions-protocols/overview#event-ordering-and-turn-
    tracking). """
    conversation_id: str | None
    """ The unique identifier for the conversation. """
    inference_id: str | None
    """ This is a unique identifier for a given utterance. In this case, it will be the utterance the replica is
    speaking. """
    turn_idx: int | None
    """ Turn index; increments when `conversation.respond` is processed. Groups utterances, tool calls, and
    speaking-state events for the same turn. See [Event ordering and turn tracking](/sections/conversational-video-
    interface/interactions-protocols/overview#event-ordering-and-turn-tracking). """
    properties: UtteranceEventProperties | None
    """ Omitted when empty. When the speaker is the user and the persona uses Raven-1, optional
    `user_audio_analysis` / `user_visual_analysis` may appear when non-empty. """

    _FIELDS = {
        "message_type": ("message_type", None),
        "event_type": ("event_type", None),
        "timestamp": ("timestamp", None),
        "seq": ("seq", None),
        "conversation_id": ("conversation_id", None),
        "inference_id": ("inference_id", None),
        "turn_idx": ("turn_idx", None),
        "properties": ("properties", _parse_properties),
    }

    def __init__(
        self,
        *,
        message_type: str | None = None,
        event_type: str | None = None,
        timestamp: float | None = None,
        seq: int | None = None,
        conversation_id: str | None = None,
        inference_id: str | None = None,
        turn_idx: int | None = None,
        properties: UtteranceEventProperties | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "message_type": message_type,
            "event_type": event_type,
            "timestamp": timestamp,
            "seq": seq,
            "conversation_id": conversation_id,
            "inference_id": inference_id,
            "turn_idx": turn_idx,
            "properties": properties,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
UtteranceEventParam = TypedDict(
    "UtteranceEventParam",
    {
        "message_type": "str",
        "event_type": "str",
        "timestamp": "float",
        "seq": "int",
        "conversation_id": "str",
        "inference_id": "str",
        "turn_idx": "int",
        "properties": "UtteranceEventPropertiesParam",
    },
    total=False,
)


from ..models.utterance_event_properties import (
    UtteranceEventProperties,
    UtteranceEventPropertiesParam,
)
