"""Builders of the messages a backend sends into a conversation, one per "Inbound" schema of the contract.

Each builder takes the conversation's id, then the fields of its schema's `properties` as keyword
arguments, typed as the generated properties model types them. It builds the generated model and
checks its wire form against the contract's schema (required fields, types, enums) and the rule the
contract states in prose, so a message that comes back is one Tavus accepts: its `to_dict()` is the
body of Send App Message, and what Daily's `sendAppMessage` carries.
"""

from __future__ import annotations

import difflib
import functools
import inspect
from collections.abc import Callable, Mapping
from typing import Any, ParamSpec, TypeVar

from tavus_api.models.append_llm_context_message import AppendLlmContextMessage
from tavus_api.models.append_llm_context_message_properties import AppendLlmContextMessageProperties
from tavus_api.models.echo_message import EchoMessage
from tavus_api.models.echo_message_properties import EchoMessageProperties
from tavus_api.models.echo_message_properties_modality import EchoMessagePropertiesModality
from tavus_api.models.interrupt_message import InterruptMessage
from tavus_api.models.overwrite_llm_context_message import OverwriteLlmContextMessage
from tavus_api.models.overwrite_llm_context_message_properties import OverwriteLlmContextMessageProperties
from tavus_api.models.realtime_api_message import RealtimeApiMessage
from tavus_api.models.realtime_api_message_properties import RealtimeApiMessageProperties
from tavus_api.models.respond_message import RespondMessage
from tavus_api.models.respond_message_properties import RespondMessageProperties
from tavus_api.models.sensitivity_message import SensitivityMessage
from tavus_api.models.sensitivity_message_properties import SensitivityMessageProperties
from tavus_api.models.sensitivity_message_properties_participant_interrupt_sensitivity import (
    SensitivityMessagePropertiesParticipantInterruptSensitivity,
)
from tavus_api.models.sensitivity_message_properties_participant_pause_sensitivity import (
    SensitivityMessagePropertiesParticipantPauseSensitivity,
)
from tavus_api.types import Model

from .._call import encode_json
from .._deprecation import warn_deprecated
from .._errors import TavusValidationError
from .._rules import exactly_one
from .._schema import check_component
from .._validation import check_mapping
from ._protocol import event_types, message_type

__all__ = [
    "append_llm_context",
    "echo",
    "interrupt",
    "overwrite_llm_context",
    "realtime_api",
    "respond",
    "sensitivity",
]

P = ParamSpec("P")
M = TypeVar("M", bound=Model)


def _keywords(builder: Callable[P, M]) -> Callable[P, M]:
    """A misspelt keyword is a TypeError naming it and the closest valid one, as everywhere in the SDK."""
    names = list(inspect.signature(builder).parameters)

    @functools.wraps(builder)
    def checked(*args: P.args, **kwargs: P.kwargs) -> M:
        for name in kwargs:
            if name not in names:
                close = difflib.get_close_matches(name, names, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise TypeError(f"{builder.__name__}() got an unexpected keyword argument {name!r}{hint}")
        return builder(*args, **kwargs)

    return checked


def _fields(local_vars: Mapping[str, Any]) -> dict[str, Any]:
    """A builder's property fields from its `locals()`, for the generated model: a None field is not
    sent (the model leaves it out of `to_dict()`), as in every typed method."""
    return {k: v for k, v in local_vars.items() if k != "conversation_id"}


def _build(cls: Callable[..., M], schema: str, conversation_id: object, properties: Model | None) -> M:
    """The message `cls` of `schema` for a conversation, once its wire form passes the contract's schema."""
    if conversation_id is None:
        raise TavusValidationError("conversation_id", "is required")
    if not isinstance(conversation_id, str):
        raise TavusValidationError("conversation_id", f"must be a string, got {type(conversation_id).__name__}")
    (event_type,) = event_types(schema)
    fields: dict[str, Any] = {
        "message_type": message_type(schema),
        "event_type": event_type,
        "conversation_id": conversation_id,
    }
    if properties is not None:
        fields["properties"] = properties
    message = cls(**fields)
    try:
        check_component(schema, message.to_dict())
    except TavusValidationError as exc:
        # Name the keyword the caller passed (`text`), not its place on the wire (`properties.text`).
        field = exc.field.removeprefix("properties.")
        raise TavusValidationError(field, exc.rule) from None
    return message


@_keywords
def respond(conversation_id: str, *, text: str) -> RespondMessage:
    """`conversation.respond`: the replica answers `text` as if the user had just said it.

    Text the LLM sees as the user's turn, e.g. the result of a tool call for the replica to tell.
    """
    return _build(RespondMessage, "respond", conversation_id, RespondMessageProperties(**_fields(locals())))


@_keywords
def echo(
    conversation_id: str,
    *,
    modality: EchoMessagePropertiesModality | None = None,
    text: str | None = None,
    audio: str | None = None,
    sample_rate: int | None = None,
    inference_id: str | None = None,
    done: bool | None = None,
) -> EchoMessage:
    """`conversation.echo`: the replica says exactly `text` (or plays base64 `audio`), bypassing the LLM.

    When streaming audio in chunks, give them one `inference_id` and keep `done=False` until the last.
    """
    return _build(EchoMessage, "echo", conversation_id, EchoMessageProperties(**_fields(locals())))


@_keywords
def interrupt(conversation_id: str) -> InterruptMessage:
    """`conversation.interrupt`: the replica stops talking now (often sent before an `echo`)."""
    return _build(InterruptMessage, "interrupt", conversation_id, None)


@_keywords
def append_llm_context(conversation_id: str, *, context: str, job_status: str | None = None) -> AppendLlmContextMessage:
    """`conversation.append_llm_context`: `context` is added to what the replica's LLM knows.

    `job_status="completed"` also marks a job completed, per the contract.
    """
    return _build(
        AppendLlmContextMessage,
        "append_llm_context",
        conversation_id,
        AppendLlmContextMessageProperties(**_fields(locals())),
    )


@_keywords
def overwrite_llm_context(conversation_id: str, *, context: str) -> OverwriteLlmContextMessage:
    """`conversation.overwrite_llm_context`: `context` replaces the conversational context the LLM uses."""
    return _build(
        OverwriteLlmContextMessage,
        "overwrite_llm_context",
        conversation_id,
        OverwriteLlmContextMessageProperties(**_fields(locals())),
    )


@_keywords
def sensitivity(
    conversation_id: str,
    *,
    participant_pause_sensitivity: SensitivityMessagePropertiesParticipantPauseSensitivity | None = None,
    participant_interrupt_sensitivity: SensitivityMessagePropertiesParticipantInterruptSensitivity | None = None,
) -> SensitivityMessage:
    """`conversation.sensitivity`: how long a pause the replica waits for, or how easily it is interrupted.

    Exactly one of the two per message, as the contract says.
    """
    properties = SensitivityMessageProperties(**_fields(locals()))
    message = _build(SensitivityMessage, "sensitivity", conversation_id, properties)
    # properties: "Send exactly one of the two keys per message (not both)."
    exactly_one(properties.to_dict(), "participant_pause_sensitivity", "participant_interrupt_sensitivity")
    return message


@_keywords
def realtime_api(conversation_id: str, *, properties: Mapping[str, Any]) -> RealtimeApiMessage:
    """`conversation.realtime_api` (deprecated): an OpenAI realtime event body, forwarded as `properties`.

    The contract says it "is no longer supported by Tavus"; every call warns.
    """
    warn_deprecated("tavus.interactions.realtime_api", None, stacklevel=4)
    body = check_mapping("properties", properties)
    encode_json("properties", body)
    return _build(
        RealtimeApiMessage, "realtime_api", conversation_id, RealtimeApiMessageProperties(additional_properties=body)
    )
