"""The CVI interactions protocol as the contract defines it: each interaction's schema, class and event types.

The contract's `components/schemas` define every interaction. A schema whose description opens with
"Inbound" is a message a backend sends into a conversation; "Outbound", an event Tavus sends. The
classes are the generated models of those schemas, named by the overlay's `schema_names`. The event
types each schema carries are read from the contract: its `event_type` enum, or the one value it
documents. `tests/interactions/test_protocol.py` holds these tables to the contract.
"""

from __future__ import annotations

from functools import cache
from typing import TypeAlias

from tavus_api.models.append_llm_context_message import AppendLlmContextMessage
from tavus_api.models.echo_message import EchoMessage
from tavus_api.models.interrupt_message import InterruptMessage
from tavus_api.models.overwrite_llm_context_message import OverwriteLlmContextMessage
from tavus_api.models.perception_analysis_event import PerceptionAnalysisEvent
from tavus_api.models.perception_tool_call_event import PerceptionToolCallEvent
from tavus_api.models.realtime_api_message import RealtimeApiMessage
from tavus_api.models.replica_speaking_event import ReplicaSpeakingEvent
from tavus_api.models.respond_message import RespondMessage
from tavus_api.models.sensitivity_message import SensitivityMessage
from tavus_api.models.speaking_event import SpeakingEvent
from tavus_api.models.tool_call_event import ToolCallEvent
from tavus_api.models.user_speaking_event import UserSpeakingEvent
from tavus_api.models.utterance_event import UtteranceEvent
from tavus_api.models.utterance_streaming_event import UtteranceStreamingEvent
from tavus_api.types import Model

from .._schema import contract_component

__all__ = ["EVENTS", "MESSAGES", "Event", "Message", "by_event_type", "event_types", "message_type"]

# Backend -> Tavus: the contract's "Inbound" schemas, and realtime_api (deprecated: "no longer
# supported by Tavus"; it used to forward OpenAI realtime events through Tavus).
MESSAGES: dict[str, type[Model]] = {
    "respond": RespondMessage,
    "echo": EchoMessage,
    "interrupt": InterruptMessage,
    "append_llm_context": AppendLlmContextMessage,
    "overwrite_llm_context": OverwriteLlmContextMessage,
    "sensitivity": SensitivityMessage,
    "realtime_api": RealtimeApiMessage,
}

# Tavus -> backend: the contract's "Outbound" schemas.
EVENTS: dict[str, type[Model]] = {
    "utterance": UtteranceEvent,
    "conversation_utterance_streaming": UtteranceStreamingEvent,
    "tool_call": ToolCallEvent,
    "perception_tool_call": PerceptionToolCallEvent,
    "perception_analysis": PerceptionAnalysisEvent,
    "user": UserSpeakingEvent,
    "replica": ReplicaSpeakingEvent,
    "speaking": SpeakingEvent,
}

Message: TypeAlias = (
    RespondMessage
    | EchoMessage
    | InterruptMessage
    | AppendLlmContextMessage
    | OverwriteLlmContextMessage
    | SensitivityMessage
    | RealtimeApiMessage
)
"""A message a backend sends into a conversation (what the builders return)."""

Event: TypeAlias = (
    UtteranceEvent
    | UtteranceStreamingEvent
    | ToolCallEvent
    | PerceptionToolCallEvent
    | PerceptionAnalysisEvent
    | UserSpeakingEvent
    | ReplicaSpeakingEvent
    | SpeakingEvent
)
"""An event Tavus sends about a conversation (what `parse` returns for a known outbound event type)."""


def event_types(schema: str) -> tuple[str, ...]:
    """The `event_type` values of a schema: its enum (`conversation.user.started_speaking`, ...), or
    the single value the contract documents (`conversation.respond`)."""
    field = contract_component(schema)["properties"]["event_type"]
    return tuple(field["enum"]) if "enum" in field else (field["example"],)


def message_type(schema: str) -> str:
    """The `message_type` of a schema: `conversation` for every interaction the contract defines."""
    value: str = contract_component(schema)["properties"]["message_type"]["example"]
    return value


@cache
def by_event_type() -> dict[str, tuple[str, type[Model]]]:
    """event_type -> (its schema, its class), for every interaction of the contract, both directions."""
    return {value: (schema, cls) for schema, cls in {**MESSAGES, **EVENTS}.items() for value in event_types(schema)}
