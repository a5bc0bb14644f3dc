from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(ReplicaSpeakingEventProperties, value)


class ReplicaSpeakingEvent(Model):
    """#### Outbound: Tavus tells you when the replica has just started or stopped speaking—use stopped events for how long
    it spoke and whether the user interrupted.

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.replica.stopped_speaking', 'seq': 201,
                'conversation_id': 'your-conversation-id', 'inference_id': '550e8400-e29b-41d4-a716-446655440000', 'turn_idx':
                4, 'properties': {'duration': 4.512, 'interrupted': False}}

    """

    message_type: str | None
    """ `conversation` for conversation-layer app messages. """
    event_type: ReplicaSpeakingEventEventType | None
    """ `conversation.replica.started_speaking` or `conversation.replica.stopped_speaking`. """
    timestamp: float | None
    """ Unix timestamp (seconds since epoch) indicating when this event was created. Use this to build timestamped
    transcripts or reconstruct the timeline of a conversation. """
    seq: int | None
    """ Monotonic per event; a higher `seq` was emitted later. Use with `turn_idx` as in [Event ordering and turn
    tracking](/sections/conversational-video-interface/interactions-protocols/overview#event-ordering-and-turn-
    tracking). """
    conversation_id: str | None
    """ Omitted when empty. """
    inference_id: str | None
    """ UUID for the replica utterance when present at envelope level (matches transport `id`). Correlate with
    [`conversation.utterance`](/sections/event-schemas/conversation-utterance) and
    [`conversation.tool_call`](/sections/event-schemas/conversation-toolcall). """
    turn_idx: int | None
    """ Turn index; increments when `conversation.respond` is processed. Groups utterances, tool calls, and
    speaking-state events for the same turn. See [Event ordering and turn tracking](/sections/conversational-video-
    interface/interactions-protocols/overview#event-ordering-and-turn-tracking). """
    properties: ReplicaSpeakingEventProperties | None
    """ Omitted for `started_speaking`. On `stopped_speaking`, includes how long the replica spoke and whether stop
    was due to interruption. """

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
        event_type: ReplicaSpeakingEventEventType | None = None,
        timestamp: float | None = None,
        seq: int | None = None,
        conversation_id: str | None = None,
        inference_id: str | None = None,
        turn_idx: int | None = None,
        properties: ReplicaSpeakingEventProperties | None = None,
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
ReplicaSpeakingEventParam = TypedDict(
    "ReplicaSpeakingEventParam",
    {
        "message_type": "str",
        "event_type": "ReplicaSpeakingEventEventType",
        "timestamp": "float",
        "seq": "int",
        "conversation_id": "str",
        "inference_id": "str",
        "turn_idx": "int",
        "properties": "ReplicaSpeakingEventPropertiesParam",
    },
    total=False,
)


from ..models.replica_speaking_event_event_type import ReplicaSpeakingEventEventType
from ..models.replica_speaking_event_properties import (
    ReplicaSpeakingEventProperties,
    ReplicaSpeakingEventPropertiesParam,
)
