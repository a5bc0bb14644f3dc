from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class VoiceTagsItem(Model):
    tag_name: str | None

    _FIELDS = {
        "tag_name": ("tag_name", None),
    }

    def __init__(
        self,
        *,
        tag_name: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "tag_name": tag_name,
        }
        self._init(values, additional_properties)
