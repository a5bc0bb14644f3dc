from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class StartDeploymentConversationResponse200(Model):
    """Same fields as the Create Conversation response."""

    conversation_id: str | None
    conversation_name: str | None
    conversation_url: str | None
    status: str | None
    callback_url: str | None
    created_at: str | None
    meeting_token: str | None
    """ Present when require_auth is true on the created conversation. """

    _FIELDS = {
        "conversation_id": ("conversation_id", None),
        "conversation_name": ("conversation_name", None),
        "conversation_url": ("conversation_url", None),
        "status": ("status", None),
        "callback_url": ("callback_url", None),
        "created_at": ("created_at", None),
        "meeting_token": ("meeting_token", None),
    }

    def __init__(
        self,
        *,
        conversation_id: str | None = None,
        conversation_name: str | None = None,
        conversation_url: str | None = None,
        status: str | None = None,
        callback_url: str | None = None,
        created_at: str | None = None,
        meeting_token: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "conversation_id": conversation_id,
            "conversation_name": conversation_name,
            "conversation_url": conversation_url,
            "status": status,
            "callback_url": callback_url,
            "created_at": created_at,
            "meeting_token": meeting_token,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
StartDeploymentConversationResponse200Param = TypedDict(
    "StartDeploymentConversationResponse200Param",
    {
        "conversation_id": "str",
        "conversation_name": "str",
        "conversation_url": "str",
        "status": "str",
        "callback_url": "str",
        "created_at": "str",
        "meeting_token": "str",
    },
    total=False,
)
