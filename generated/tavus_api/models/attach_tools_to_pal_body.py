from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class AttachToolsToPalBody(Model):
    tool_ids: list[str] | None
    """ Tools to attach. """

    _FIELDS = {
        "tool_ids": ("tool_ids", None),
    }

    def __init__(
        self,
        *,
        tool_ids: list[str] | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "tool_ids": tool_ids,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
AttachToolsToPalBodyParam = TypedDict(
    "AttachToolsToPalBodyParam",
    {
        "tool_ids": "list[str]",
    },
    total=False,
)
