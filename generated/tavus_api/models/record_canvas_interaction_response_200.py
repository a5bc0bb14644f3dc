from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

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


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
RecordCanvasInteractionResponse200Param = TypedDict(
    "RecordCanvasInteractionResponse200Param",
    {
        "success": "bool",
    },
    total=False,
)
