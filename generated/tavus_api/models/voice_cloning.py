from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class VoiceCloning(Model):
    status: str | None
    """ started right after the call; later completed (the voice can speak) or error. """

    _FIELDS = {
        "status": ("status", None),
    }

    def __init__(
        self,
        *,
        status: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "status": status,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
VoiceCloningParam = TypedDict(
    "VoiceCloningParam",
    {
        "status": "str",
    },
    total=False,
)
