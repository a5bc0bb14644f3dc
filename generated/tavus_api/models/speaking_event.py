from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(SpeakingEventProperties, value)


class SpeakingEvent(Model):
    """#### Outbound: Tavus notifies you when the replica or the user starts or stops speaking, using one event stream and
    a `properties.role` field instead of separate user- versus replica-only events.

    `conversation.started_speaking` fires when either party begins speaking; `conversation.stopped_speaking` when either
    stops.

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.stopped_speaking', 'seq': 601, 'inference_id':
                '83294d9f-8306-491b-a284-791f56c8383f', 'turn_idx': 3, 'properties': {'role': 'replica', 'interrupted': False,
                'duration': 2.341}}

    """

    message_type: str | None
    """ `conversation` for conversation-layer app messages. """
    event_type: SpeakingEventEventType | None
    """ `conversation.started_speaking` or `conversation.stopped_speaking`. """
    timestamp: float | None
    """ Unix timestamp (seconds since epoch) indicating when this event was created. Use this to build timestamped
    transcripts or reconstruct the timeline of a conversation. """
    seq: int | None
    """ Monotonic per event; a higher `seq` was emitted later. Use with `turn_idx` as in [Event ordering and turn
    tracking](/sections/conversational-video-interface/interactions-protocols/overview#event-ordering-and-turn-
    tracking). """
    inference_id: str | None
    """ Identifier for correlating this speaking span with [`conversation.utterance`](/sections/event-
    schemas/conversation-utterance), [`conversation.tool_call`](/sections/event-schemas/conversation-toolcall), and
    other events from the same turn. """
    turn_idx: int | None
    """ Turn index; increments when `conversation.respond` is processed. Groups utterances, tool calls, and
    speaking-state events for the same turn. See [Event ordering and turn tracking](/sections/conversational-video-
    interface/interactions-protocols/overview#event-ordering-and-turn-tracking). """
    properties: SpeakingEventProperties | None
    """ Always includes `role` (`"replica"` or `"user"`) identifying who started or stopped speaking.

    On `conversation.stopped_speaking` only, also includes `interrupted` (whether the speaker was cut off mid-speech
    before finishing naturally) and `duration` (how long they spoke, in seconds; may be `null` if the start time
    could not be determined).
     """

    _FIELDS = {
        "message_type": ("message_type", None),
        "event_type": ("event_type", None),
        "timestamp": ("timestamp", None),
        "seq": ("seq", None),
        "inference_id": ("inference_id", None),
        "turn_idx": ("turn_idx", None),
        "properties": ("properties", _parse_properties),
    }

    def __init__(
        self,
        *,
        message_type: str | None = None,
        event_type: SpeakingEventEventType | None = None,
        timestamp: float | None = None,
        seq: int | None = None,
        inference_id: str | None = None,
        turn_idx: int | None = None,
        properties: SpeakingEventProperties | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "message_type": message_type,
            "event_type": event_type,
            "timestamp": timestamp,
            "seq": seq,
            "inference_id": inference_id,
            "turn_idx": turn_idx,
            "properties": properties,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
SpeakingEventParam = TypedDict(
    "SpeakingEventParam",
    {
        "message_type": "str",
        "event_type": "SpeakingEventEventType",
        "timestamp": "float",
        "seq": "int",
        "inference_id": "str",
        "turn_idx": "int",
        "properties": "SpeakingEventPropertiesParam",
    },
    total=False,
)


from ..models.speaking_event_event_type import SpeakingEventEventType
from ..models.speaking_event_properties import (
    SpeakingEventProperties,
    SpeakingEventPropertiesParam,
)
