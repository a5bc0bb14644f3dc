from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class PublishPalResponse2XX(Model):
    status: str | None
    pal_id: str | None
    """ Stable id of the live PAL now holding the published content. """
    pal_name: str | None
    system_prompt: str | None
    updated_at: str | None
    """ When the live PAL was updated. """

    _FIELDS = {
        "status": ("status", None),
        "pal_id": ("pal_id", None),
        "pal_name": ("pal_name", None),
        "system_prompt": ("system_prompt", None),
        "updated_at": ("updated_at", None),
    }

    def __init__(
        self,
        *,
        status: str | None = None,
        pal_id: str | None = None,
        pal_name: str | None = None,
        system_prompt: str | None = None,
        updated_at: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "status": status,
            "pal_id": pal_id,
            "pal_name": pal_name,
            "system_prompt": system_prompt,
            "updated_at": updated_at,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PublishPalResponse2XXParam = TypedDict(
    "PublishPalResponse2XXParam",
    {
        "status": "str",
        "pal_id": "str",
        "pal_name": "str",
        "system_prompt": "str",
        "updated_at": "str",
    },
    total=False,
)
