from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class CreateReplicaBodyProperties(Model):
    background_green_screen: bool | None
    """ If set to true, the replica will have a green screen background. """

    _FIELDS = {
        "background_green_screen": ("background_green_screen", None),
    }

    def __init__(
        self,
        *,
        background_green_screen: bool | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "background_green_screen": background_green_screen,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateReplicaBodyPropertiesParam = TypedDict(
    "CreateReplicaBodyPropertiesParam",
    {
        "background_green_screen": "bool",
    },
    total=False,
)
