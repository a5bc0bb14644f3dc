"""User code of tavus.interactions that must type-check under mypy --strict with zero errors; each
`# R: <type>` line must reveal exactly that type."""

from __future__ import annotations

import json
from typing import Any, reveal_type

import tavus
from tavus import interactions


def build(conversation_id: str) -> list[interactions.Message]:
    reply = interactions.respond(conversation_id, text="The tool returned 42.")
    reveal_type(reply)  # R: tavus_api.models.respond_message.RespondMessage
    spoken = interactions.echo(conversation_id, text="Hello", done=True)
    reveal_type(spoken)  # R: tavus_api.models.echo_message.EchoMessage
    reveal_type(interactions.interrupt(conversation_id))  # R: tavus_api.models.interrupt_message.InterruptMessage
    added = interactions.append_llm_context(conversation_id, context="VIP customer", job_status="completed")
    reveal_type(added)  # R: tavus_api.models.append_llm_context_message.AppendLlmContextMessage
    replaced = interactions.overwrite_llm_context(conversation_id, context="Pricing only.")
    reveal_type(replaced)  # R: tavus_api.models.overwrite_llm_context_message.OverwriteLlmContextMessage
    patient = tavus.interactions.sensitivity(conversation_id, participant_pause_sensitivity="high")
    reveal_type(patient)  # R: tavus_api.models.sensitivity_message.SensitivityMessage
    body: dict[str, Any] = reply.to_dict()
    print(json.dumps(body))
    return [reply, spoken, added, replaced, patient]


def handle(data: bytes) -> str | None:
    try:
        event = interactions.parse(data)
    except interactions.InvalidEventError as e:
        print(e.field, e.rule, e.event_type, e.raw)
        return None
    if isinstance(event, interactions.ToolCallEvent) and event.properties is not None:
        call = event.properties
        reveal_type(call)  # R: tavus_api.models.tool_call_event_properties.ToolCallEventProperties
        name: str = call.name
        arguments: str = call.arguments
        return f"{name}({arguments}) {call.tool_call_id} {event.seq} {event.turn_idx}"
    if isinstance(event, interactions.UtteranceEvent) and event.properties is not None:
        return event.properties.speech
    if isinstance(event, interactions.SpeakingEvent) and event.properties is not None:
        reveal_type(event.properties.role)  # R: Literal['replica'] | Literal['user']
    if isinstance(event, interactions.UnknownEvent):
        reveal_type(event.event_type)  # R: str
        return str(event.properties) + str(event.raw)
    return None
