from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class VideoData(Model):
    script: str | None
    """ The script that was initially used to generate the video. """

    _FIELDS = {
        "script": ("script", None),
    }

    def __init__(
        self,
        *,
        script: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "script": script,
        }
        self._init(values, additional_properties)
