from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(SendAppMessageBodyProperties, value)


class SendAppMessageBody(Model):
    """An interaction event; event-specific fields go in properties."""

    message_type: str | None
    """ Message family; conversation for interaction events. """
    event_type: str | None
    """ The interaction, e.g. conversation.respond. """
    properties: SendAppMessageBodyProperties | None
    """ Event-specific payload. """

    _FIELDS = {
        "message_type": ("message_type", None),
        "event_type": ("event_type", None),
        "properties": ("properties", _parse_properties),
    }

    def __init__(
        self,
        *,
        message_type: str | None = None,
        event_type: str | None = None,
        properties: SendAppMessageBodyProperties | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "message_type": message_type,
            "event_type": event_type,
            "properties": properties,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
SendAppMessageBodyParam = TypedDict(
    "SendAppMessageBodyParam",
    {
        "message_type": "str",
        "event_type": "str",
        "properties": "SendAppMessageBodyPropertiesParam",
    },
    total=False,
)


from ..models.send_app_message_body_properties import (
    SendAppMessageBodyProperties,
    SendAppMessageBodyPropertiesParam,
)
