"""tavus.interactions._protocol is the contract's interactions protocol: every interaction schema in
one table by direction, each with the class the overlay names, the event types the contract gives."""

from __future__ import annotations

import typing

import pytest

from tavus import interactions
from tavus.interactions._protocol import EVENTS, MESSAGES, Event, Message, by_event_type, event_types, message_type
from tests.interactions._contract import EVENT_TYPES, INTERACTIONS, SCHEMA_NAMES, direction


def test_every_interaction_schema_of_the_contract_is_in_one_table() -> None:
    assert set(INTERACTIONS) == set(MESSAGES) | set(EVENTS)
    assert not set(MESSAGES) & set(EVENTS)
    assert len(INTERACTIONS) == 15  # the 2026-05 contract; a new one must be classified, not ignored


def test_the_messages_are_the_inbound_schemas_and_the_events_the_outbound_ones() -> None:
    inbound = {name for name, schema in INTERACTIONS.items() if direction(schema) == "inbound"}
    outbound = {name for name, schema in INTERACTIONS.items() if direction(schema) == "outbound"}
    undirected = set(INTERACTIONS) - inbound - outbound
    assert set(EVENTS) == outbound
    # realtime_api names no direction: "no longer supported ... Previously: forward OpenAI realtime
    # event bodies through this channel so Tavus could relay" them, a backend -> Tavus message.
    assert undirected == {"realtime_api"}
    assert INTERACTIONS["realtime_api"]["deprecated"] is True
    assert "Previously: forward OpenAI realtime event bodies" in INTERACTIONS["realtime_api"]["description"]
    assert set(MESSAGES) == inbound | undirected


@pytest.mark.parametrize("schema", sorted(INTERACTIONS))
def test_each_class_is_the_generated_model_the_overlay_names(schema: str) -> None:
    cls = {**MESSAGES, **EVENTS}[schema]
    assert cls.__name__ == SCHEMA_NAMES[schema]
    assert cls.__module__.startswith("tavus_api.models.")
    assert getattr(interactions, cls.__name__) is cls  # re-exported under that name


@pytest.mark.parametrize("schema", sorted(INTERACTIONS))
def test_event_types_are_the_contracts(schema: str) -> None:
    assert event_types(schema) == EVENT_TYPES[schema]
    assert message_type(schema) == "conversation"


def test_by_event_type_covers_every_event_type_once() -> None:
    table = by_event_type()
    assert set(table) == {t for types in EVENT_TYPES.values() for t in types}
    for schema, types in EVENT_TYPES.items():
        for event_type in types:
            assert table[event_type] == (schema, {**MESSAGES, **EVENTS}[schema])


@pytest.mark.parametrize("schema", sorted(INTERACTIONS))
def test_the_envelope_parse_checks_is_what_every_schema_declares(schema: str) -> None:
    """parse() checks message_type, event_type, conversation_id and properties of any interaction,
    known or not: each schema that has them must type them as strings and an object."""
    fields = INTERACTIONS[schema]["properties"]
    for name in ("message_type", "event_type", "conversation_id"):
        if name in fields:
            assert fields[name]["type"] == "string", name
    if "properties" in fields:
        assert fields["properties"]["type"] == "object"
    assert "event_type" in fields
    assert "message_type" in fields


def test_the_unions_are_the_tables() -> None:
    assert set(typing.get_args(Message)) == set(MESSAGES.values())
    assert set(typing.get_args(Event)) == set(EVENTS.values())
    assert interactions.Message is Message
    assert interactions.Event is Event


def test_the_public_names_are_sorted_resolve_and_include_each_properties_class() -> None:
    names = interactions.__all__
    assert names == sorted(names)
    assert len(names) == len(set(names))
    assert all(hasattr(interactions, name) for name in names)
    for cls in {**MESSAGES, **EVENTS}.values():
        assert cls.__name__ in names
        if "properties" in cls._FIELDS:
            assert f"{cls.__name__}Properties" in names
    namespace: dict[str, object] = {}
    exec("from tavus.interactions import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(names)
