from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class CreateVoiceResponse2XX(Model):
    status: str | None
    """ started right after the call; later completed (the voice can speak) or error. """

    _FIELDS = {
        "status": ("status", None),
    }

    def __init__(
        self,
        *,
        status: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "status": status,
        }
        self._init(values, additional_properties)
