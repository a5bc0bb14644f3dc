"""tavus.interactions.parse: every interaction of the contract into its class, any other into an
UnknownEvent keeping the payload, and what is not an interaction into an InvalidEventError."""

from __future__ import annotations

import json
from types import MappingProxyType
from typing import Any

import pytest

import tavus
from tavus import interactions
from tavus.interactions._protocol import EVENTS, MESSAGES
from tests.interactions._contract import INTERACTIONS, examples

CLASSES = {**MESSAGES, **EVENTS}
TOOL_CALL = INTERACTIONS["tool_call"]["example"]


@pytest.mark.parametrize(("schema", "example"), examples(), ids=[e["event_type"] for _, e in examples()])
def test_every_contract_example_parses_into_its_class(schema: str, example: dict[str, Any]) -> None:
    event = interactions.parse(json.dumps(example))
    assert type(event) is CLASSES[schema]
    assert event.to_dict() == example
    assert event.event_type == example["event_type"]
    assert event.additional_properties == {}  # every key of the example is a field of the class


def test_every_interaction_with_an_example_is_covered() -> None:
    covered = {schema for schema, _ in examples()}
    assert covered == set(INTERACTIONS) - {"realtime_api"}  # the deprecated one has no example


def test_a_tool_call_reads_as_typed_fields() -> None:
    event = interactions.parse(json.dumps(TOOL_CALL).encode())
    assert isinstance(event, interactions.ToolCallEvent)
    assert (event.conversation_id, event.seq, event.turn_idx) == ("your-conversation-id", 310, 5)
    assert event.inference_id == "550e8400-e29b-41d4-a716-446655440000"
    assert isinstance(event.properties, interactions.ToolCallEventProperties)
    assert event.properties.name == "get_weather"
    assert json.loads(event.properties.arguments) == {"location": "NYC"}
    assert event.properties.tool_call_id == "call_abc123"


def test_nested_models_of_an_event_parse() -> None:
    example = INTERACTIONS["perception_tool_call"]["example"]
    structured = {**example, "properties": {**example["properties"], "arguments": {"hat_type": "baseball cap"}}}
    event = interactions.parse(structured)
    assert isinstance(event, interactions.PerceptionToolCallEvent)
    assert event.properties is not None
    assert event.properties.modality == "audio"
    assert event.properties.arguments.to_dict() == {"hat_type": "baseball cap"}  # type: ignore[union-attr]
    assert event.properties.frames is not None
    assert event.properties.frames[0].to_dict() == {"uri": "https://example.invalid/frame"}


def test_a_stopped_speaking_event_may_have_a_null_duration() -> None:
    event = interactions.parse(
        {
            "message_type": "conversation",
            "event_type": "conversation.replica.stopped_speaking",
            "properties": {"duration": None, "interrupted": True},
        }
    )
    assert isinstance(event, interactions.ReplicaSpeakingEvent)
    assert event.properties is not None
    assert event.properties.duration is None
    assert event.properties.interrupted is True


@pytest.mark.parametrize(
    "data",
    [
        json.dumps(TOOL_CALL),
        json.dumps(TOOL_CALL).encode(),
        bytearray(json.dumps(TOOL_CALL).encode()),
        json.dumps(TOOL_CALL).encode("utf-16"),  # json.loads detects UTF-16 and UTF-32
        TOOL_CALL,
        MappingProxyType(TOOL_CALL),
    ],
    ids=["str", "bytes", "bytearray", "utf-16", "dict", "mapping"],
)
def test_text_bytes_and_mappings_are_accepted(data: Any) -> None:
    assert interactions.parse(data) == interactions.parse(TOOL_CALL)


def test_an_unknown_event_keeps_its_envelope_and_payload() -> None:
    payload = {
        "message_type": "conversation",
        "event_type": "conversation.set_emotion",  # newer than the contract
        "conversation_id": "c1",
        "properties": {"emotion": "happy"},
        "seq": 3,
    }
    event = interactions.parse(json.dumps(payload))
    assert isinstance(event, interactions.UnknownEvent)
    assert event.event_type == "conversation.set_emotion"
    assert event.message_type == "conversation"
    assert event.conversation_id == "c1"
    assert event.properties == {"emotion": "happy"}
    assert event.raw == payload
    assert event.to_dict() == payload
    assert "raw" not in repr(event)


def test_an_unknown_event_needs_only_its_event_type() -> None:
    event = interactions.parse(b'{"event_type": "app.custom"}')
    raw = {"event_type": "app.custom"}
    expected = interactions.UnknownEvent(
        event_type="app.custom", message_type=None, conversation_id=None, properties=None, raw=raw
    )
    assert event == expected


def test_parse_leaves_a_given_mapping_alone() -> None:
    payload = {"event_type": "app.custom", "properties": {"a": 1}}
    event = interactions.parse(payload)
    assert isinstance(event, interactions.UnknownEvent)
    payload["event_type"] = "changed"
    payload["properties"] = {}
    assert event.raw["event_type"] == "app.custom"
    assert event.properties == {"a": 1}
    returned = event.to_dict()
    returned["event_type"] = "changed too"
    assert event.raw["event_type"] == "app.custom"


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize(
    ("data", "field", "rule"),
    [
        (b"", "payload", "is not JSON (JSONDecodeError: Expecting value: line 1 column 1 (char 0))"),
        (b"{", "payload", None),
        (b"\xff\xfe\xfa", "payload", None),  # not text
        ('{"event_type": "x"} trailing', "payload", None),
        (_deep(100_000), "payload", None),  # RecursionError in json
        (b"[]", "payload", "must be a JSON object, got list"),
        ("null", "payload", "must be a JSON object, got NoneType"),
        ('"conversation.tool_call"', "payload", "must be a JSON object, got str"),
        (42, "payload", "must be a JSON object, or its text as str or bytes; got int"),
        (None, "payload", "must be a JSON object, or its text as str or bytes; got NoneType"),
        ([TOOL_CALL], "payload", "must be a JSON object, or its text as str or bytes; got list"),
        ({}, "event_type", "is required"),
        ({"event_type": None}, "event_type", "is required"),
        ({"type": "chat", "text": "hi"}, "event_type", "is required"),
        ({"event_type": 7}, "event_type", "must be a string, got int"),
        ({"event_type": "x", "conversation_id": 7}, "conversation_id", "must be a string, got int"),
        ({"event_type": "x", "message_type": ["a"]}, "message_type", "must be a string, got list"),
        ({"event_type": "x", "properties": "text"}, "properties", "must be an object, got str"),
        ({"event_type": "x", "properties": None}, "properties", "must be an object, got NoneType"),
    ],
)
def test_what_is_not_an_interaction_is_an_invalid_event_error(data: Any, field: str, rule: str | None) -> None:
    with pytest.raises(interactions.InvalidEventError) as caught:
        interactions.parse(data)
    assert caught.value.field == field
    if rule is not None:
        assert caught.value.rule == rule
    assert str(caught.value).endswith(f"{field}: {caught.value.rule}")


@pytest.mark.parametrize(
    ("payload", "field", "rule"),
    [
        ({**TOOL_CALL, "properties": {"name": "get_weather"}}, "properties.arguments", "is required"),
        ({**TOOL_CALL, "properties": {"name": "f", "arguments": {"a": 1}}}, "properties.arguments", None),
        ({**TOOL_CALL, "seq": "310"}, "seq", "must be of type integer, got str"),
        (
            {"event_type": "conversation.started_speaking", "properties": {"role": "observer"}},
            "properties.role",
            "must be one of ['replica', 'user'], got 'observer'",
        ),
        ({"event_type": "conversation.utterance", "properties": {"role": "user"}}, "properties.speech", "is required"),
        ({"event_type": "conversation.respond", "properties": {}}, "properties.text", "is required"),
    ],
)
def test_a_known_event_breaking_its_schema_names_the_field_and_keeps_the_payload(
    payload: dict[str, Any], field: str, rule: str | None
) -> None:
    with pytest.raises(interactions.InvalidEventError) as caught:
        interactions.parse(json.dumps(payload))
    error = caught.value
    assert error.field == field
    if rule is not None:
        assert error.rule == rule
    assert error.event_type == payload["event_type"]
    assert error.raw == payload
    assert str(error) == f"{payload['event_type']}: {field}: {error.rule}"


def test_invalid_event_error_is_a_validation_error() -> None:
    assert issubclass(interactions.InvalidEventError, tavus.TavusValidationError)
    assert issubclass(interactions.InvalidEventError, ValueError)
    with pytest.raises(interactions.InvalidEventError) as caught:
        interactions.parse(b"[]")
    assert caught.value.raw is None
    assert caught.value.event_type is None


def test_a_message_type_parses_into_its_message_class() -> None:
    """A participant's own `conversation.echo` reaches the other participants' app-message listeners."""
    event = interactions.parse(interactions.echo("c1", text="hi").to_dict())
    assert isinstance(event, interactions.EchoMessage)
    assert event.properties is not None
    assert event.properties.text == "hi"
