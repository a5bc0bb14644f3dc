from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(UtteranceStreamingEventProperties, value)


class UtteranceStreamingEvent(Model):
    """#### Outbound: Tavus sends each streaming chunk so you can show what is being said in real time as the accumulated
    text grows during the turn.

    Contrast with [`conversation.utterance`](/sections/event-schemas/conversation-utterance), which delivers the full
    turn text at once rather than streaming chunks.

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.utterance.streaming', 'seq': 500,
                'conversation_id': 'your-conversation-id', 'inference_id': '550e8400-e29b-41d4-a716-446655440000', 'turn_idx':
                7, 'properties': {'role': 'replica', 'speech': 'Here is everything said so far in this turn.', 'content_index':
                3, 'final': False, 'is_interrupted': False}}

    """

    message_type: str | None
    """ `conversation` for conversation-layer app messages. """
    event_type: str | None
    """ `conversation.utterance.streaming`. """
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
    """ A unique identifier for the replica's current inference turn. Can be used to correlate with other events
    such as `conversation.utterance` and `conversation.replica.started_speaking`. """
    turn_idx: int | None
    """ Turn index; increments when `conversation.respond` is processed. Groups utterances, tool calls, and
    speaking-state events for the same turn. See [Event ordering and turn tracking](/sections/conversational-video-
    interface/interactions-protocols/overview#event-ordering-and-turn-tracking). """
    properties: UtteranceStreamingEventProperties | None
    """ Replica and user streaming share this shape; `is_interrupted` appears on replica messages when relevant. """

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
        properties: UtteranceStreamingEventProperties | None = None,
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
UtteranceStreamingEventParam = TypedDict(
    "UtteranceStreamingEventParam",
    {
        "message_type": "str",
        "event_type": "str",
        "timestamp": "float",
        "seq": "int",
        "conversation_id": "str",
        "inference_id": "str",
        "turn_idx": "int",
        "properties": "UtteranceStreamingEventPropertiesParam",
    },
    total=False,
)


from ..models.utterance_streaming_event_properties import (
    UtteranceStreamingEventProperties,
    UtteranceStreamingEventPropertiesParam,
)
