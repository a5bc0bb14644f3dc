from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class CreateGuardrailsResponse400(Model):
    message: str | None
    """ The error message. """

    _FIELDS = {
        "message": ("message", None),
    }

    def __init__(
        self,
        *,
        message: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "message": message,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateGuardrailsResponse400Param = TypedDict(
    "CreateGuardrailsResponse400Param",
    {
        "message": "str",
    },
    total=False,
)
