from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
