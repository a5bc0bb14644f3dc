from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class RealtimeApiMessageProperties(Model):
    """The properties act as a way to forward realtime events from Tavus to OpenAI. Pass your OpenAI realtime event body in
    here.

        Example:
            {'type': 'session.update', 'session': {'instructions': 'You are a helpful assistant. Only respond in French from
                now on.'}}

    """

    _FIELDS = {}

    def __init__(
        self,
        *,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {}
        self._init(values, additional_properties)


# The request-side form: an object the contract gives no properties (any keys).
RealtimeApiMessagePropertiesParam = Mapping[str, Any]
