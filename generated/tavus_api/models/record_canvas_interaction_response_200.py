from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class RecordCanvasInteractionResponse200(Model):
    success: bool | None

    _FIELDS = {
        "success": ("success", None),
    }

    def __init__(
        self,
        *,
        success: bool | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "success": success,
        }
        self._init(values, additional_properties)
