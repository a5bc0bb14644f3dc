from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class MessageResponse(Model):
    """Body with a message string (used for 401 errors and some status messages)."""

    message: str | None
    """ The message. """

    _FIELDS = {
        "message": ("message", None),
    }

    def __init__(
        self,
        *,
        message: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "message": message,
        }
        self._init(values, additional_properties)
