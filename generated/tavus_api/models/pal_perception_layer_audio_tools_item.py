from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class PalPerceptionLayerAudioToolsItem(Model):
    name: str | None
    description: str | None

    _FIELDS = {
        "name": ("name", None),
        "description": ("description", None),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "name": name,
            "description": description,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PalPerceptionLayerAudioToolsItemParam = TypedDict(
    "PalPerceptionLayerAudioToolsItemParam",
    {
        "name": "str",
        "description": "str",
    },
    total=False,
)
