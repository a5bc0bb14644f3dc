from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class RenameVideoBody(Model):
    video_name: str

    _FIELDS = {
        "video_name": ("video_name", None),
    }
    _REQUIRED = ("video_name",)

    def __init__(
        self,
        *,
        video_name: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "video_name": video_name,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
RenameVideoBodyParam = TypedDict(
    "RenameVideoBodyParam",
    {
        "video_name": Required["str"],
    },
    total=False,
)
