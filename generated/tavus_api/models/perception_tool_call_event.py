from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(PerceptionToolCallEventProperties, value)


class PerceptionToolCallEvent(Model):
    """#### Outbound: Tavus broadcasts when Raven triggers a perception tool from visual or audio input.

    Configure perception tools: [Perception tool calling](/sections/conversational-video-interface/persona/perception-
    tool) and [Perception](/sections/conversational-video-interface/persona/perception).

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.perception_tool_call', 'seq': 129,
                'conversation_id': 'your-conversation-id', 'turn_idx': 3, 'properties': {'name': 'describe_scene', 'arguments':
                '{"detail":"high"}', 'modality': 'audio', 'frames': [{'uri': 'https://example.invalid/frame'}]}}

    """

    message_type: str | None
    """ `conversation` for conversation-layer app messages. """
    event_type: str | None
    """ `conversation.perception_tool_call`. """
    timestamp: float | None
    """ Unix timestamp (seconds since epoch) indicating when this event was created. Use this to build timestamped
    transcripts or reconstruct the timeline of a conversation. """
    seq: int | None
    """ Monotonic per event; a higher `seq` was emitted later. Use with `turn_idx` as in [Event ordering and turn
    tracking](/sections/conversational-video-interface/interactions-protocols/overview#event-ordering-and-turn-
    tracking). """
    conversation_id: str | None
    """ The unique identifier for the conversation. """
    turn_idx: int | None
    """ Turn index; increments when `conversation.respond` is processed. Groups utterances, tool calls, and
    speaking-state events for the same turn. See [Event ordering and turn tracking](/sections/conversational-video-
    interface/interactions-protocols/overview#event-ordering-and-turn-tracking). """
    properties: PerceptionToolCallEventProperties | None
    """ Tool name, modality from the perception step, arguments as returned by the model, optional non-empty
    `frames` for multimodal metadata. """

    _FIELDS = {
        "message_type": ("message_type", None),
        "event_type": ("event_type", None),
        "timestamp": ("timestamp", None),
        "seq": ("seq", None),
        "conversation_id": ("conversation_id", None),
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
        turn_idx: int | None = None,
        properties: PerceptionToolCallEventProperties | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "message_type": message_type,
            "event_type": event_type,
            "timestamp": timestamp,
            "seq": seq,
            "conversation_id": conversation_id,
            "turn_idx": turn_idx,
            "properties": properties,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PerceptionToolCallEventParam = TypedDict(
    "PerceptionToolCallEventParam",
    {
        "message_type": "str",
        "event_type": "str",
        "timestamp": "float",
        "seq": "int",
        "conversation_id": "str",
        "turn_idx": "int",
        "properties": "PerceptionToolCallEventPropertiesParam",
    },
    total=False,
)


from ..models.perception_tool_call_event_properties import (
    PerceptionToolCallEventProperties,
    PerceptionToolCallEventPropertiesParam,
)
