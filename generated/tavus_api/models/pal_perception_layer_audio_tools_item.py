from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class PalPerceptionLayerAudioToolsItem(Model):
    name: str | None
    description: str | None

    _FIELDS = {
        "name": ("name", None),
        "description": ("description", None),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "name": name,
            "description": description,
        }
        self._init(values, additional_properties)
