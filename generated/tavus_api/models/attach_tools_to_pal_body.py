from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class AttachToolsToPalBody(Model):
    tool_ids: list[str] | None
    """ Tools to attach. """

    _FIELDS = {
        "tool_ids": ("tool_ids", None),
    }

    def __init__(
        self,
        *,
        tool_ids: list[str] | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "tool_ids": tool_ids,
        }
        self._init(values, additional_properties)
