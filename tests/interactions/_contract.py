"""The interactions of the packaged contract, read independently of `tavus.interactions`, and
hypothesis strategies for payloads: any JSON, and instances valid for an interaction's schema."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

import yaml
from hypothesis import strategies as st

from tests.conftest import OVERLAY

SPEC: dict[str, Any] = json.loads(files("tavus_api").joinpath("openapi.json").read_text(encoding="utf-8"))
# Every schema of the contract that is an interaction: it has an event_type.
INTERACTIONS: dict[str, dict[str, Any]] = {
    name: schema
    for name, schema in SPEC["components"]["schemas"].items()
    if "event_type" in schema.get("properties", {})
}
SCHEMA_NAMES: dict[str, str] = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))["schema_names"]

# What docs.tavus.io names each interaction (the event schema pages), written out here so that a
# contract change to any of them shows up as a failing test rather than as a silently new wire value.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "respond": ("conversation.respond",),
    "echo": ("conversation.echo",),
    "interrupt": ("conversation.interrupt",),
    "append_llm_context": ("conversation.append_llm_context",),
    "overwrite_llm_context": ("conversation.overwrite_llm_context",),
    "sensitivity": ("conversation.sensitivity",),
    "realtime_api": ("conversation.realtime_api",),
    "utterance": ("conversation.utterance",),
    "conversation_utterance_streaming": ("conversation.utterance.streaming",),
    "tool_call": ("conversation.tool_call",),
    "perception_tool_call": ("conversation.perception_tool_call",),
    "perception_analysis": ("conversation.perception_analysis",),
    "user": ("conversation.user.started_speaking", "conversation.user.stopped_speaking"),
    "replica": ("conversation.replica.started_speaking", "conversation.replica.stopped_speaking"),
    "speaking": ("conversation.started_speaking", "conversation.stopped_speaking"),
}
KNOWN_EVENT_TYPES = frozenset(t for types in EVENT_TYPES.values() for t in types)


def direction(schema: dict[str, Any]) -> str | None:
    """ "inbound" (a backend sends it) or "outbound" (Tavus sends it), as its description opens; None
    when it says neither (realtime_api: "This is no longer supported by Tavus")."""
    description = schema.get("description", "")
    for word in ("Inbound", "Outbound"):
        if description.startswith(f"#### {word}:"):
            return word.lower()
    return None


def examples() -> list[tuple[str, dict[str, Any]]]:
    """(schema, example) for every interaction the contract gives an example, one per event type."""
    found = []
    for name, schema in INTERACTIONS.items():
        if "example" in schema:
            for event_type in EVENT_TYPES[name]:
                found.append((name, {**schema["example"], "event_type": event_type}))
    return found


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=16,
)
JSON_OBJECTS = st.dictionaries(st.text(max_size=12), ANY_JSON, max_size=6)


def valid(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values valid for a JSON Schema of the kinds the interaction schemas use (as `tavus._schema`
    converts them: `type` may be a list, with "null"; oneOf branches of disjoint types)."""
    if "oneOf" in schema:
        return st.one_of([valid(branch) for branch in schema["oneOf"]])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds = schema.get("type", "object")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return st.one_of([_valid_of(kind, schema) for kind in kinds])


def _valid_of(kind: str, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if kind == "object":
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        known = st.fixed_dictionaries(
            {k: valid(v) for k, v in properties.items() if k in required},
            optional={k: valid(v) for k, v in properties.items() if k not in required},
        )
        extra = st.dictionaries(st.text(max_size=8).filter(lambda k: k not in properties), ANY_JSON, max_size=2)
        return st.builds(lambda a, b: {**b, **a}, known, extra)
    if kind == "array":
        return st.lists(valid(schema.get("items", {})), max_size=3)
    return {
        "string": st.text(max_size=30),
        "integer": st.integers(min_value=-(2**53), max_value=2**53),
        "number": st.floats(allow_nan=False, allow_infinity=False) | st.integers(max_value=2**40),
        "boolean": st.booleans(),
        "null": st.none(),
    }[kind]
