from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class ErrorResponse(Model):
    """Error body with an error string."""

    error: str | None
    """ The error message. """

    _FIELDS = {
        "error": ("error", None),
    }

    def __init__(
        self,
        *,
        error: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "error": error,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ErrorResponseParam = TypedDict(
    "ErrorResponseParam",
    {
        "error": "str",
    },
    total=False,
)
