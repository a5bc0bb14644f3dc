from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class EndDeploymentConversationResponse200(Model):
    conversation_id: str | None
    status: str | None

    _FIELDS = {
        "conversation_id": ("conversation_id", None),
        "status": ("status", None),
    }

    def __init__(
        self,
        *,
        conversation_id: str | None = None,
        status: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "conversation_id": conversation_id,
            "status": status,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
EndDeploymentConversationResponse200Param = TypedDict(
    "EndDeploymentConversationResponse200Param",
    {
        "conversation_id": "str",
        "status": "str",
    },
    total=False,
)
