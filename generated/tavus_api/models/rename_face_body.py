from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

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


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
RenameFaceBodyParam = TypedDict(
    "RenameFaceBodyParam",
    {
        "face_name": Required["str"],
    },
    total=False,
)
