from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class UserSpeakingEvent(Model):
    """#### Outbound: Tavus tells you when the user has just started or stopped speaking so you can drive UI or backend
    actions at those moments.

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.user.started_speaking', 'seq': 400,
                'conversation_id': 'your-conversation-id', 'inference_id': '550e8400-e29b-41d4-a716-446655440000', 'turn_idx':
                6}

    """

    message_type: str | None
    """ `conversation` for conversation-layer app messages. """
    event_type: UserSpeakingEventEventType | None
    """ `conversation.user.started_speaking` or `conversation.user.stopped_speaking`. """
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
    """ UUID for this utterance when present; with speculative inference the id may change while the user is still
    speaking, so `user.started_speaking` inference_id often will not match later `conversation.utterance` /
    tool_call ids. """
    turn_idx: int | None
    """ Turn index; increments when `conversation.respond` is processed. Groups utterances, tool calls, and
    speaking-state events for the same turn. See [Event ordering and turn tracking](/sections/conversational-video-
    interface/interactions-protocols/overview#event-ordering-and-turn-tracking). """

    _FIELDS = {
        "message_type": ("message_type", None),
        "event_type": ("event_type", None),
        "timestamp": ("timestamp", None),
        "seq": ("seq", None),
        "conversation_id": ("conversation_id", None),
        "inference_id": ("inference_id", None),
        "turn_idx": ("turn_idx", None),
    }

    def __init__(
        self,
        *,
        message_type: str | None = None,
        event_type: UserSpeakingEventEventType | None = None,
        timestamp: float | None = None,
        seq: int | None = None,
        conversation_id: str | None = None,
        inference_id: str | None = None,
        turn_idx: int | None = None,
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
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
UserSpeakingEventParam = TypedDict(
    "UserSpeakingEventParam",
    {
        "message_type": "str",
        "event_type": "UserSpeakingEventEventType",
        "timestamp": "float",
        "seq": "int",
        "conversation_id": "str",
        "inference_id": "str",
        "turn_idx": "int",
    },
    total=False,
)


from ..models.user_speaking_event_event_type import UserSpeakingEventEventType
