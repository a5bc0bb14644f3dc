from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class Replacement(Model):
    replacement_id: str
    """ A unique identifier for the replacement. """
    replacement_name: str | None
    """ The name of the replacement. """
    status: str | None
    """ The status of the replacement. """
    created_at: str | None
    """ The date and time the replacement was created. """

    _FIELDS = {
        "replacement_id": ("replacement_id", None),
        "replacement_name": ("replacement_name", None),
        "status": ("status", None),
        "created_at": ("created_at", None),
    }
    _REQUIRED = ("replacement_id",)

    def __init__(
        self,
        *,
        replacement_id: str,
        replacement_name: str | None = None,
        status: str | None = None,
        created_at: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "replacement_id": replacement_id,
            "replacement_name": replacement_name,
            "status": status,
            "created_at": created_at,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ReplacementParam = TypedDict(
    "ReplacementParam",
    {
        "replacement_id": Required["str"],
        "replacement_name": "str",
        "status": "str",
        "created_at": "str",
    },
    total=False,
)
