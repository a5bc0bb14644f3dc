"""tavus.interactions builders: one per inbound schema of the contract, with its fields as keywords,
giving the wire body the contract describes, and refusing what it forbids before anything is sent."""

from __future__ import annotations

import inspect
import typing
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import tavus
from tavus import interactions
from tavus._schema import check_component, component_schema
from tavus.interactions._protocol import MESSAGES
from tests.interactions._contract import EVENT_TYPES, INTERACTIONS

BUILDERS: dict[str, Callable[..., Any]] = {
    "respond": interactions.respond,
    "echo": interactions.echo,
    "interrupt": interactions.interrupt,
    "append_llm_context": interactions.append_llm_context,
    "overwrite_llm_context": interactions.overwrite_llm_context,
    "sensitivity": interactions.sensitivity,
    "realtime_api": interactions.realtime_api,
}
# The smallest valid arguments of each builder (after the conversation id).
MINIMAL: dict[str, dict[str, Any]] = {
    "respond": {"text": "What are your opening hours?"},
    "echo": {"text": "Hello."},
    "interrupt": {},
    "append_llm_context": {"context": "The user is a returning customer."},
    "overwrite_llm_context": {"context": "Talk about pricing only."},
    "sensitivity": {"participant_pause_sensitivity": "high"},
    "realtime_api": {"properties": {"type": "session.update"}},
}


def build(schema: str, conversation_id: Any = "c123", **fields: Any) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # realtime_api; test_realtime_api_warns sees it
        return BUILDERS[schema](conversation_id, **fields)


def properties_fields(schema: str) -> list[str]:
    return list(INTERACTIONS[schema]["properties"].get("properties", {}).get("properties", {}))


def test_one_builder_per_message_schema_named_as_it() -> None:
    assert set(BUILDERS) == set(MESSAGES)
    for schema, builder in BUILDERS.items():
        assert builder.__name__ == schema
        assert getattr(interactions, schema) is builder
        assert schema in interactions.__all__


@pytest.mark.parametrize("schema", sorted(BUILDERS))
def test_the_keywords_are_the_schemas_properties_typed_as_the_generated_model(schema: str) -> None:
    """The builder's signature is the generated properties model's, after the conversation id: not a
    hand-copied field table, so a contract change that regenerates the model fails here until the
    builder follows."""
    params = list(inspect.signature(BUILDERS[schema]).parameters.values())
    assert params[0].name == "conversation_id"
    assert params[0].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    hints = typing.get_type_hints(BUILDERS[schema])
    assert hints["conversation_id"] is str
    assert hints["return"] is MESSAGES[schema]
    rest = params[1:]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in rest)
    model_hints = typing.get_type_hints(MESSAGES[schema])
    if "properties" not in model_hints:  # interrupt: no properties at all
        assert rest == []
        assert properties_fields(schema) == []
        return
    properties_model = typing.get_args(model_hints["properties"])[0]
    generated = [p for p in inspect.signature(properties_model.__init__).parameters.values() if p.name != "self"]
    if schema == "realtime_api":  # a free-form object: the whole of it is the one keyword
        assert [p.name for p in generated] == ["additional_properties"]
        assert [p.name for p in rest] == ["properties"]
        assert rest[0].default is inspect.Parameter.empty
        return
    assert [p.name for p in generated][-1] == "additional_properties"
    generated = generated[:-1]
    assert [p.name for p in rest] == [p.name for p in generated] == properties_fields(schema)
    assert [p.default for p in rest] == [p.default for p in generated]
    own = typing.get_type_hints(BUILDERS[schema])
    theirs = typing.get_type_hints(properties_model.__init__)
    assert {p.name: own[p.name] for p in rest} == {p.name: theirs[p.name] for p in generated}


@pytest.mark.parametrize("schema", sorted(BUILDERS))
def test_the_contract_example_is_what_the_builder_builds(schema: str) -> None:
    contract = INTERACTIONS[schema]
    if "example" in contract:
        example = contract["example"]
        fields = example.get("properties", {})
    else:  # realtime_api: only its properties have an example
        fields = contract["properties"]["properties"]["example"]
        example = {
            "message_type": "conversation",
            "event_type": "conversation.realtime_api",
            "conversation_id": "your-conversation-id",
            "properties": fields,
        }
    if schema == "realtime_api":
        fields = {"properties": fields}
    message = build(schema, example["conversation_id"], **fields)
    assert message.to_dict() == example
    assert list(message.to_dict()) == list(example)


@pytest.mark.parametrize("schema", sorted(BUILDERS))
def test_the_message_is_the_send_app_message_body(schema: str) -> None:
    """Send App Message's body "is the same message you would send with Daily's sendAppMessage":
    message_type "conversation", the event_type, the conversation_id, and properties."""
    message = build(schema, "c123", **MINIMAL[schema])
    body = message.to_dict()
    assert isinstance(message, MESSAGES[schema])
    assert body["message_type"] == "conversation"
    assert (body["event_type"],) == EVENT_TYPES[schema]
    assert body["conversation_id"] == "c123"
    envelope = {"message_type", "event_type", "conversation_id"}
    assert set(body) == envelope | ({"properties"} if MINIMAL[schema] else set())
    if schema != "realtime_api":
        assert body.get("properties", {}) == MINIMAL[schema]


@pytest.mark.parametrize("schema", sorted(BUILDERS))
def test_to_dict_validates_against_the_schema(schema: str) -> None:
    body = build(schema, **MINIMAL[schema]).to_dict()
    check_component(schema, body)  # the SDK's fastjsonschema helper
    jsonschema.Draft7Validator(component_schema(schema)).validate(body)  # and an independent validator


def test_the_fastjsonschema_helper_can_fail() -> None:
    with pytest.raises(tavus.TavusValidationError) as caught:
        check_component("respond", {"message_type": "conversation", "properties": {}})
    assert (caught.value.field, caught.value.rule) == ("properties.text", "is required")


def test_every_field_of_echo_goes_on_the_wire() -> None:
    message = interactions.echo(
        "c1", modality="audio", audio="UklGRg==", sample_rate=24000, inference_id="chunk-1", done=False
    )
    assert message.to_dict()["properties"] == {
        "modality": "audio",
        "audio": "UklGRg==",
        "sample_rate": 24000,
        "inference_id": "chunk-1",
        "done": False,  # False is given, not omitted: only None means "not given"
    }
    assert message.properties is not None
    assert message.properties.sample_rate == 24000


def test_none_means_not_given() -> None:
    body = interactions.append_llm_context("c1", context="x", job_status=None).to_dict()
    assert body["properties"] == {"context": "x"}
    assert interactions.echo("c1").to_dict()["properties"] == {}


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: interactions.respond("c1", text=None), "text"),  # type: ignore[arg-type]
        (lambda: interactions.append_llm_context("c1", context=None), "context"),  # type: ignore[arg-type]
        (lambda: interactions.overwrite_llm_context("c1", context=None), "context"),  # type: ignore[arg-type]
        (lambda: interactions.interrupt(None), "conversation_id"),  # type: ignore[arg-type]
        (lambda: interactions.respond(None, text="x"), "conversation_id"),  # type: ignore[arg-type]
    ],
)
def test_a_required_field_given_as_none_is_a_validation_error_naming_it(call: Callable[[], Any], field: str) -> None:
    with pytest.raises(tavus.TavusValidationError) as caught:
        call()
    assert (caught.value.field, caught.value.rule) == (field, "is required")
    assert str(caught.value) == f"{field}: is required"


@pytest.mark.parametrize(
    ("call", "field", "rule"),
    [
        (
            lambda: interactions.echo("c1", modality="video"),
            "modality",
            "must be one of ['text', 'audio'], got 'video'",
        ),
        (
            lambda: interactions.sensitivity("c1", participant_pause_sensitivity="extreme"),
            "participant_pause_sensitivity",
            "must be one of ['superlow', 'verylow', 'low', 'medium', 'high', 'auto'], got 'extreme'",
        ),
        (
            lambda: interactions.sensitivity("c1", participant_interrupt_sensitivity="HIGH"),
            "participant_interrupt_sensitivity",
            "must be one of ['superlow', 'verylow', 'low', 'medium', 'high', 'auto'], got 'HIGH'",
        ),
        (lambda: interactions.echo("c1", done="true"), "done", "must be of type boolean, got str"),
        (lambda: interactions.echo("c1", sample_rate="24000"), "sample_rate", "must be of type integer, got str"),
        (lambda: interactions.echo("c1", sample_rate=True), "sample_rate", "must be of type integer, got bool"),
        (lambda: interactions.respond("c1", text=42), "text", "must be of type string, got int"),
        (lambda: interactions.respond(42, text="x"), "conversation_id", "must be a string, got int"),
        (
            lambda: interactions.realtime_api("c1", properties=["not", "a", "dict"]),
            "properties",
            "must be a dict with string keys, got list",
        ),
    ],
)
def test_a_broken_rule_is_a_validation_error_naming_field_and_rule(
    call: Callable[[], Any], field: str, rule: str
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(tavus.TavusValidationError) as caught:
            call()
    assert (caught.value.field, caught.value.rule) == (field, rule)


@pytest.mark.parametrize(
    ("fields", "which"),
    [
        ({}, "neither"),
        (
            {"participant_pause_sensitivity": "low", "participant_interrupt_sensitivity": "low"},
            "both participant_pause_sensitivity and participant_interrupt_sensitivity",
        ),
    ],
)
def test_sensitivity_takes_exactly_one_of_its_two_keys(fields: dict[str, Any], which: str) -> None:
    """The contract: "Send exactly one of the two keys per message (not both)." """
    with pytest.raises(tavus.TavusValidationError) as caught:
        interactions.sensitivity("c1", **fields)
    assert caught.value.field == "participant_pause_sensitivity/participant_interrupt_sensitivity"
    assert caught.value.rule.endswith(f"got {which}")
    assert interactions.sensitivity("c1", participant_interrupt_sensitivity="auto").to_dict()["properties"] == {
        "participant_interrupt_sensitivity": "auto"
    }


@pytest.mark.parametrize("schema", sorted(BUILDERS))
def test_a_misspelt_keyword_is_a_type_error_naming_it_and_the_closest(schema: str) -> None:
    keywords = [*MINIMAL[schema]] or ["conversation_id"]
    wrong = keywords[0][:-1] + "x" + keywords[0][-1]
    with pytest.raises(TypeError, match=rf"{schema}\(\) got an unexpected keyword argument '{wrong}'") as caught:
        build(schema, **{**MINIMAL[schema], wrong: "x"})
    assert f"did you mean '{keywords[0]}'?" in str(caught.value)


def test_a_keyword_like_nothing_gets_no_hint_and_positional_fields_are_refused() -> None:
    with pytest.raises(TypeError) as caught:
        interactions.respond("c1", text="x", zzzzzz=1)  # type: ignore[call-arg]
    assert str(caught.value) == "respond() got an unexpected keyword argument 'zzzzzz'"
    with pytest.raises(TypeError, match="positional"):
        interactions.respond("c1", "hi")  # type: ignore[misc]
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'text'"):
        interactions.respond("c1")  # type: ignore[call-arg]


def test_the_conversation_id_may_be_given_by_name() -> None:
    assert interactions.respond(conversation_id="c9", text="x").to_dict()["conversation_id"] == "c9"


def test_realtime_api_warns_at_the_callers_line_and_checks_its_properties() -> None:
    with pytest.warns(DeprecationWarning, match="no longer supported by Tavus") as record:
        interactions.realtime_api("c1", properties={"type": "session.update"})
    assert Path(record[0].filename).resolve() == Path(__file__).resolve()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(tavus.TavusValidationError) as caught:
            interactions.realtime_api("c1", properties={"when": object()})
    assert caught.value.field == "properties"
    assert "JSON-serialisable" in caught.value.rule


def test_a_message_equals_the_same_message_parsed() -> None:
    message = interactions.respond("c1", text="hi")
    parsed = interactions.parse(message.to_json())
    assert isinstance(parsed, interactions.RespondMessage)
    assert parsed == message
    assert parsed.properties is not None
    assert parsed.properties.text == "hi"
