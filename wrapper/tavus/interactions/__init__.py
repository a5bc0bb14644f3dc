"""The CVI interactions protocol: the messages a backend sends into a live conversation, and the events
Tavus sends about it, typed from the contract's `components/schemas`.

    from tavus import interactions

    event = interactions.parse(payload)  # JSON text, bytes, or a decoded dict
    if isinstance(event, interactions.ToolCallEvent) and event.properties is not None:
        reply = interactions.respond(conversation_id, text=f"{event.properties.name} returned ...")
        reply.to_dict()  # {"message_type": "conversation", "event_type": "conversation.respond", ...}

Builders (`respond`, `echo`, `interrupt`, `append_llm_context`, `overwrite_llm_context`,
`sensitivity`, and the deprecated `realtime_api`) check their arguments against the contract and
return the message; its `to_dict()` is the wire body. `parse` returns the event's class for every
event type the contract defines, an `UnknownEvent` keeping the payload for any other, and raises
`InvalidEventError` for what is not an interaction. The docs page "Interactions" shows a
tool-calling loop.
"""

from __future__ import annotations

from tavus_api.models.append_llm_context_message import AppendLlmContextMessage
from tavus_api.models.append_llm_context_message_properties import AppendLlmContextMessageProperties
from tavus_api.models.echo_message import EchoMessage
from tavus_api.models.echo_message_properties import EchoMessageProperties
from tavus_api.models.interrupt_message import InterruptMessage
from tavus_api.models.overwrite_llm_context_message import OverwriteLlmContextMessage
from tavus_api.models.overwrite_llm_context_message_properties import OverwriteLlmContextMessageProperties
from tavus_api.models.perception_analysis_event import PerceptionAnalysisEvent
from tavus_api.models.perception_analysis_event_properties import PerceptionAnalysisEventProperties
from tavus_api.models.perception_tool_call_event import PerceptionToolCallEvent
from tavus_api.models.perception_tool_call_event_properties import PerceptionToolCallEventProperties
from tavus_api.models.realtime_api_message import RealtimeApiMessage
from tavus_api.models.realtime_api_message_properties import RealtimeApiMessageProperties
from tavus_api.models.replica_speaking_event import ReplicaSpeakingEvent
from tavus_api.models.replica_speaking_event_properties import ReplicaSpeakingEventProperties
from tavus_api.models.respond_message import RespondMessage
from tavus_api.models.respond_message_properties import RespondMessageProperties
from tavus_api.models.sensitivity_message import SensitivityMessage
from tavus_api.models.sensitivity_message_properties import SensitivityMessageProperties
from tavus_api.models.speaking_event import SpeakingEvent
from tavus_api.models.speaking_event_properties import SpeakingEventProperties
from tavus_api.models.tool_call_event import ToolCallEvent
from tavus_api.models.tool_call_event_properties import ToolCallEventProperties
from tavus_api.models.user_speaking_event import UserSpeakingEvent
from tavus_api.models.utterance_event import UtteranceEvent
from tavus_api.models.utterance_event_properties import UtteranceEventProperties
from tavus_api.models.utterance_streaming_event import UtteranceStreamingEvent
from tavus_api.models.utterance_streaming_event_properties import UtteranceStreamingEventProperties

from ._events import InvalidEventError, UnknownEvent, parse
from ._messages import append_llm_context, echo, interrupt, overwrite_llm_context, realtime_api, respond, sensitivity
from ._protocol import Event, Message

__all__ = [
    "AppendLlmContextMessage",
    "AppendLlmContextMessageProperties",
    "EchoMessage",
    "EchoMessageProperties",
    "Event",
    "InterruptMessage",
    "InvalidEventError",
    "Message",
    "OverwriteLlmContextMessage",
    "OverwriteLlmContextMessageProperties",
    "PerceptionAnalysisEvent",
    "PerceptionAnalysisEventProperties",
    "PerceptionToolCallEvent",
    "PerceptionToolCallEventProperties",
    "RealtimeApiMessage",
    "RealtimeApiMessageProperties",
    "ReplicaSpeakingEvent",
    "ReplicaSpeakingEventProperties",
    "RespondMessage",
    "RespondMessageProperties",
    "SensitivityMessage",
    "SensitivityMessageProperties",
    "SpeakingEvent",
    "SpeakingEventProperties",
    "ToolCallEvent",
    "ToolCallEventProperties",
    "UnknownEvent",
    "UserSpeakingEvent",
    "UtteranceEvent",
    "UtteranceEventProperties",
    "UtteranceStreamingEvent",
    "UtteranceStreamingEventProperties",
    "append_llm_context",
    "echo",
    "interrupt",
    "overwrite_llm_context",
    "parse",
    "realtime_api",
    "respond",
    "sensitivity",
]
