from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_models


def _parse_events(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(ConversationEvent, value)
    return value


class Conversation(Model):
    conversation_id: str
    """ A unique identifier for the conversation. """
    conversation_name: str | None
    """ The name of the conversation. """
    conversation_url: str | None
    """ A direct link to join the conversation. """
    callback_url: str | None
    """ The url that will receive webhooks with updates of the conversation state. """
    status: str | None
    """ The status of the conversation. """
    replica_id: str | None
    """ A unique identifier for the replica used to create this conversation """
    persona_id: str | None
    """ A unique identifier for the persona used to create this conversation """
    created_at: str | None
    """ The date and time the conversation was created. """
    updated_at: str | None
    """ The date and time of when the conversation was last updated. """
    events: list[ConversationEvent] | None
    """ When `verbose=true`, additional conversation events (e.g. shutdown, perception analysis payloads, end-of-
    call transcript). """
    meeting_token: str | None
    """ Short-lived token needed to join; only returned when require_auth is true. """

    _FIELDS = {
        "conversation_id": ("conversation_id", None),
        "conversation_name": ("conversation_name", None),
        "conversation_url": ("conversation_url", None),
        "callback_url": ("callback_url", None),
        "status": ("status", None),
        "replica_id": ("replica_id", None),
        "persona_id": ("persona_id", None),
        "created_at": ("created_at", None),
        "updated_at": ("updated_at", None),
        "events": ("events", _parse_events),
        "meeting_token": ("meeting_token", None),
    }
    _REQUIRED = ("conversation_id",)

    def __init__(
        self,
        *,
        conversation_id: str,
        conversation_name: str | None = None,
        conversation_url: str | None = None,
        callback_url: str | None = None,
        status: str | None = None,
        replica_id: str | None = None,
        persona_id: str | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        events: list[ConversationEvent] | None = None,
        meeting_token: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "conversation_id": conversation_id,
            "conversation_name": conversation_name,
            "conversation_url": conversation_url,
            "callback_url": callback_url,
            "status": status,
            "replica_id": replica_id,
            "persona_id": persona_id,
            "created_at": created_at,
            "updated_at": updated_at,
            "events": events,
            "meeting_token": meeting_token,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ConversationParam = TypedDict(
    "ConversationParam",
    {
        "conversation_id": Required["str"],
        "conversation_name": "str",
        "conversation_url": "str",
        "callback_url": "str",
        "status": "str",
        "replica_id": "str",
        "persona_id": "str",
        "created_at": "str",
        "updated_at": "str",
        "events": "list[ConversationEventParam]",
        "meeting_token": "str",
    },
    total=False,
)


from ..models.conversation_event import (
    ConversationEvent,
    ConversationEventParam,
)
