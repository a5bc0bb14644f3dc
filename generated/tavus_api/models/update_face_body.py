from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class UpdateFaceBody(Model):
    face_name: str | None
    """ New name; must not be null or blank. """
    default_voice_id: str | None
    """ Voice the face speaks with when the PAL sets none; must not be null or blank. Setting it back to
    original_voice_id restores the starting voice. """

    _FIELDS = {
        "face_name": ("face_name", None),
        "default_voice_id": ("default_voice_id", None),
    }

    def __init__(
        self,
        *,
        face_name: str | None = None,
        default_voice_id: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "face_name": face_name,
            "default_voice_id": default_voice_id,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
UpdateFaceBodyParam = TypedDict(
    "UpdateFaceBodyParam",
    {
        "face_name": "str",
        "default_voice_id": "str",
    },
    total=False,
)
