from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class PalConferencingLayer(Model):
    """Meeting identity (Google Meet invites via tavusinvite.com); needs default_face_id on the PAL."""

    username: str | None
    """ Invite username, case-insensitive; reserved names such as botN are rejected. Check availability with Check
    Conferencing Username Availability. """
    allowlist: list[str] | None
    """ Allowlist of email addresses or patterns (see the Google Meet guide). """

    _FIELDS = {
        "username": ("username", None),
        "allowlist": ("allowlist", None),
    }

    def __init__(
        self,
        *,
        username: str | None = None,
        allowlist: list[str] | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "username": username,
            "allowlist": allowlist,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PalConferencingLayerParam = TypedDict(
    "PalConferencingLayerParam",
    {
        "username": "str",
        "allowlist": "list[str]",
    },
    total=False,
)
