from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class PublishedPal(Model):
    pal_id: str
    """ Stable id of the live PAL now holding the published content. """
    status: str | None
    pal_name: str | None
    system_prompt: str | None
    updated_at: str | None
    """ When the live PAL was updated. """

    _FIELDS = {
        "pal_id": ("pal_id", None),
        "status": ("status", None),
        "pal_name": ("pal_name", None),
        "system_prompt": ("system_prompt", None),
        "updated_at": ("updated_at", None),
    }
    _REQUIRED = ("pal_id",)

    def __init__(
        self,
        *,
        pal_id: str,
        status: str | None = None,
        pal_name: str | None = None,
        system_prompt: str | None = None,
        updated_at: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "pal_id": pal_id,
            "status": status,
            "pal_name": pal_name,
            "system_prompt": system_prompt,
            "updated_at": updated_at,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PublishedPalParam = TypedDict(
    "PublishedPalParam",
    {
        "pal_id": Required["str"],
        "status": "str",
        "pal_name": "str",
        "system_prompt": "str",
        "updated_at": "str",
    },
    total=False,
)
