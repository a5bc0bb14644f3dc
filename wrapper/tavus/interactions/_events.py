"""`parse`: an interaction as received (JSON text, bytes or a decoded dict) into its typed class.

An interaction of a type the contract defines becomes its generated model, once it passes that
type's schema, so every field holds what its annotation says. Any other well-formed interaction
becomes an `UnknownEvent` that keeps the payload. What is not an interaction raises
`InvalidEventError`, never a bare KeyError or TypeError.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .._errors import TavusValidationError
from .._schema import check_component
from ._protocol import Event, Message, by_event_type

__all__ = ["InvalidEventError", "UnknownEvent", "parse"]

# Every interaction of the contract has these fields, typed so (`test_protocol.py` holds them to it);
# `event_type` is what tells them apart, so an interaction without it is no interaction.
_ENVELOPE_STRINGS = ("message_type", "conversation_id")


class InvalidEventError(TavusValidationError):
    """The payload is not an interaction: not JSON, not an object, no string `event_type`, or an event
    of a known type that breaks its schema. `field` and `rule` say what is wrong; `raw` is the payload
    when it was an object (else None), `event_type` its type when it had one."""

    def __init__(
        self, field: str, rule: str, *, raw: dict[str, Any] | None = None, event_type: str | None = None
    ) -> None:
        super().__init__(field, rule)
        self.raw = raw
        self.event_type = event_type
        if event_type is not None:
            self.args = (f"{event_type}: {field}: {rule}",)


@dataclass(frozen=True)
class UnknownEvent:
    """An interaction whose `event_type` this version does not know (a newer Tavus event, or an app's
    own): its envelope, and `raw`, the payload as received. Nothing is lost."""

    event_type: str
    message_type: str | None
    conversation_id: str | None
    properties: dict[str, Any] | None
    raw: dict[str, Any] = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The payload as received (a copy), as the known interactions' `to_dict()` gives theirs."""
        return dict(self.raw)


def _load(data: object) -> dict[str, Any]:
    if isinstance(data, Mapping):
        return dict(data)
    if not isinstance(data, str | bytes | bytearray):
        rule = f"must be a JSON object, or its text as str or bytes; got {type(data).__name__}"
        raise InvalidEventError("payload", rule)
    try:
        value = json.loads(data)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise InvalidEventError("payload", f"is not JSON ({type(exc).__name__}: {exc})") from None
    if not isinstance(value, dict):
        raise InvalidEventError("payload", f"must be a JSON object, got {type(value).__name__}")
    return value


def _envelope(raw: dict[str, Any]) -> str:
    """The payload's `event_type`, once the fields every interaction shares have their types."""
    event_type = raw.get("event_type")
    if event_type is None:
        raise InvalidEventError("event_type", "is required", raw=raw)
    if not isinstance(event_type, str):
        raise InvalidEventError("event_type", f"must be a string, got {type(event_type).__name__}", raw=raw)
    for name in _ENVELOPE_STRINGS:
        if name in raw and not isinstance(raw[name], str):
            rule = f"must be a string, got {type(raw[name]).__name__}"
            raise InvalidEventError(name, rule, raw=raw, event_type=event_type)
    if "properties" in raw and not isinstance(raw["properties"], dict):
        rule = f"must be an object, got {type(raw['properties']).__name__}"
        raise InvalidEventError("properties", rule, raw=raw, event_type=event_type)
    return event_type


def parse(data: Mapping[str, Any] | str | bytes) -> Event | Message | UnknownEvent:
    """The typed interaction of a payload: an event Tavus sent (`ToolCallEvent`, `UtteranceEvent`, ...),
    a message of the backend direction (`RespondMessage`, ...), or an `UnknownEvent` for another
    `event_type`. Raises `InvalidEventError` when the payload is not an interaction."""
    raw = _load(data)
    event_type = _envelope(raw)
    known = by_event_type().get(event_type)
    if known is None:
        properties = raw.get("properties")
        return UnknownEvent(
            event_type=event_type,
            message_type=raw.get("message_type"),
            conversation_id=raw.get("conversation_id"),
            properties=dict(properties) if properties is not None else None,
            raw=raw,
        )
    schema, cls = known
    try:
        check_component(schema, raw)
    except TavusValidationError as exc:
        raise InvalidEventError(exc.field, exc.rule, raw=raw, event_type=event_type) from None
    return cls.from_dict(raw)  # type: ignore[return-value]  # the class by_event_type gives for its type
