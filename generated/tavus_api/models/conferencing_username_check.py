from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class ConferencingUsernameCheck(Model):
    """Result of a conferencing username check."""

    available: bool | None
    """ true when the username can be used on tavusinvite.com. """
    reason: str | None
    """ Why the username is unavailable; present when available is false. """

    _FIELDS = {
        "available": ("available", None),
        "reason": ("reason", None),
    }

    def __init__(
        self,
        *,
        available: bool | None = None,
        reason: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "available": available,
            "reason": reason,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ConferencingUsernameCheckParam = TypedDict(
    "ConferencingUsernameCheckParam",
    {
        "available": "bool",
        "reason": "str",
    },
    total=False,
)
