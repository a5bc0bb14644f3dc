from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

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


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
VoiceTagsItemParam = TypedDict(
    "VoiceTagsItemParam",
    {
        "tag_name": "str",
    },
    total=False,
)
