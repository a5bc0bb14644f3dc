"""Properties of tavus.interactions, over generated payloads: parse raises nothing but
InvalidEventError, whatever it is given; a valid event of each schema parses into its class with
every field readable; unknown event types keep their payload; a built message parses back to itself."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tavus import interactions
from tavus._schema import component_schema
from tavus.interactions._protocol import EVENTS, MESSAGES
from tavus_api.types import Model
from tests.interactions._contract import ANY_JSON, EVENT_TYPES, JSON_OBJECTS, KNOWN_EVENT_TYPES, valid

SETTINGS = settings(
    derandomize=True, max_examples=300, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
CLASSES = {**MESSAGES, **EVENTS}


def parse_or_typed_error(data: Any) -> Any:
    """parse(data), or None when it raised InvalidEventError; any other exception fails the test."""
    try:
        return interactions.parse(data)
    except interactions.InvalidEventError as exc:
        error = exc
    assert error.field
    assert error.rule
    return None


def read_everything(value: Any) -> None:
    """Every field of a parsed model, read (nested models too): none may raise."""
    if isinstance(value, Model):
        for name in value._FIELDS:
            read_everything(getattr(value, name))
        value.to_dict()
        repr(value)
    elif isinstance(value, list):
        for item in value:
            read_everything(item)


@SETTINGS
@given(ANY_JSON)
def test_any_json_text_parses_or_raises_the_typed_error(value: Any) -> None:
    result = parse_or_typed_error(json.dumps(value))
    if result is not None:
        assert isinstance(value, dict)
        read_everything(result)


@SETTINGS
@given(st.binary(max_size=200) | st.text(max_size=200))
def test_any_bytes_or_text_parses_or_raises_the_typed_error(data: bytes | str) -> None:
    read_everything(parse_or_typed_error(data))


# Payloads shaped like interactions, of every known type, with any content: the envelope is often
# right and the properties arbitrary, which is where a lazy model would fail on first access.
INTERACTION_LIKE = st.fixed_dictionaries(
    {"event_type": st.sampled_from(sorted(KNOWN_EVENT_TYPES)) | st.text(max_size=10) | ANY_JSON},
    optional={
        "message_type": st.just("conversation") | ANY_JSON,
        "conversation_id": st.text(max_size=8) | ANY_JSON,
        "properties": JSON_OBJECTS | ANY_JSON,
        "seq": st.integers() | ANY_JSON,
        "timestamp": st.floats(allow_nan=False) | ANY_JSON,
    },
)


@SETTINGS
@given(INTERACTION_LIKE)
def test_any_interaction_like_object_parses_or_raises_the_typed_error(payload: dict[str, Any]) -> None:
    for data in (payload, json.dumps(payload)):
        result = parse_or_typed_error(data)
        read_everything(result)
        if result is not None and payload["event_type"] in KNOWN_EVENT_TYPES:
            assert type(result) is interactions.parse(payload).__class__
            assert result.to_dict() == payload


@st.composite
def valid_interactions(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    schema = draw(st.sampled_from(sorted(CLASSES)))
    payload = draw(valid(component_schema(schema)))
    payload["event_type"] = draw(st.sampled_from(EVENT_TYPES[schema]))
    return schema, payload


@SETTINGS
@given(valid_interactions())
def test_a_valid_interaction_of_each_schema_parses_into_its_class(drawn: tuple[str, dict[str, Any]]) -> None:
    schema, payload = drawn
    event = interactions.parse(json.dumps(payload))
    assert type(event) is CLASSES[schema]
    read_everything(event)
    assert event.to_dict() == payload


UNKNOWN_TYPES = st.text(min_size=0, max_size=30).filter(lambda t: t not in KNOWN_EVENT_TYPES)


@SETTINGS
@given(UNKNOWN_TYPES, JSON_OBJECTS, st.none() | JSON_OBJECTS, st.none() | st.text(max_size=10))
def test_an_unknown_event_type_round_trips_its_payload(
    event_type: str, extra: dict[str, Any], properties: dict[str, Any] | None, conversation_id: str | None
) -> None:
    payload = {**extra, "event_type": event_type}
    payload.pop("message_type", None)
    payload.pop("conversation_id", None)
    payload.pop("properties", None)
    if properties is not None:
        payload["properties"] = properties
    if conversation_id is not None:
        payload["conversation_id"] = conversation_id
    text = json.dumps(payload)
    event = interactions.parse(text)
    assert isinstance(event, interactions.UnknownEvent)
    assert event.event_type == event_type
    assert event.conversation_id == conversation_id
    assert event.properties == properties
    assert event.raw == payload
    assert json.loads(json.dumps(event.to_dict())) == json.loads(text)
    assert interactions.parse(json.dumps(event.to_dict())) == event


SENSITIVITY = st.sampled_from(["superlow", "verylow", "low", "medium", "high", "auto"])
BUILT = st.one_of(
    st.builds(interactions.respond, st.text(max_size=8), text=st.text()),
    st.builds(
        interactions.echo,
        st.text(max_size=8),
        modality=st.none() | st.sampled_from(["text", "audio"]),
        text=st.none() | st.text(),
        audio=st.none() | st.text(),
        sample_rate=st.none() | st.integers(min_value=0, max_value=96_000),
        inference_id=st.none() | st.text(),
        done=st.none() | st.booleans(),
    ),
    st.builds(interactions.interrupt, st.text(max_size=8)),
    st.builds(
        interactions.append_llm_context, st.text(max_size=8), context=st.text(), job_status=st.none() | st.text()
    ),
    st.builds(interactions.overwrite_llm_context, st.text(max_size=8), context=st.text()),
    st.builds(interactions.sensitivity, st.text(max_size=8), participant_pause_sensitivity=SENSITIVITY),
    st.builds(interactions.sensitivity, st.text(max_size=8), participant_interrupt_sensitivity=SENSITIVITY),
)


@SETTINGS
@given(BUILT)
def test_a_built_message_parses_back_to_itself(message: Any) -> None:
    assert interactions.parse(message.to_json()) == message
    assert interactions.parse(message.to_dict()) == message
