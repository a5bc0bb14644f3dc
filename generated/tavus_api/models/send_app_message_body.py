from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


def _parse_properties(value: Any) -> Any:
    if isinstance(value, Mapping):
        return SendAppMessageBodyProperties.from_dict(value)
    return value


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


from ..models.send_app_message_body_properties import SendAppMessageBodyProperties
