from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class RenameFaceBody(Model):
    face_name: str

    _FIELDS = {
        "face_name": ("face_name", None),
    }
    _REQUIRED = ("face_name",)

    def __init__(
        self,
        *,
        face_name: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "face_name": face_name,
        }
        self._init(values, additional_properties)
