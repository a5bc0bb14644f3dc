from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(ToolCallEventProperties, value)


class ToolCallEvent(Model):
    """#### Outbound: Tavus signals an LLM tool call your client should run.

    Configure tools on the persona: [LLM tool calling](/sections/conversational-video-interface/persona/llm-tool).

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.tool_call', 'seq': 310, 'conversation_id': 'your-
                conversation-id', 'inference_id': '550e8400-e29b-41d4-a716-446655440000', 'turn_idx': 5, 'properties': {'name':
                'get_weather', 'arguments': '{"location":"NYC"}', 'tool_call_id': 'call_abc123'}}

    """

    message_type: str | None
    """ `conversation` for conversation-layer app messages. """
    event_type: str | None
    """ `conversation.tool_call`. """
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
    """ This is a unique identifier for a given utterance. In this case, it will be the user utterance that
    triggered the tool call. """
    turn_idx: int | None
    """ Turn index; increments when `conversation.respond` is processed. Groups utterances, tool calls, and
    speaking-state events for the same turn. See [Event ordering and turn tracking](/sections/conversational-video-
    interface/interactions-protocols/overview#event-ordering-and-turn-tracking). """
    properties: ToolCallEventProperties | None
    """ Function name and serialized arguments from the LLM. Tavus does not execute tools server-side—your app
    performs the call per your integration. """

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
        properties: ToolCallEventProperties | None = None,
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
ToolCallEventParam = TypedDict(
    "ToolCallEventParam",
    {
        "message_type": "str",
        "event_type": "str",
        "timestamp": "float",
        "seq": "int",
        "conversation_id": "str",
        "inference_id": "str",
        "turn_idx": "int",
        "properties": "ToolCallEventPropertiesParam",
    },
    total=False,
)


from ..models.tool_call_event_properties import (
    ToolCallEventProperties,
    ToolCallEventPropertiesParam,
)
