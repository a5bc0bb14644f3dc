from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class OverwriteLlmContextMessageProperties(Model):
    context: str
    """ New context string that replaces the replica’s current conversational context (if none was set at
    conversation creation, this becomes the initial context). See [Create Conversation](/api-
    reference/conversations/create-conversation) for `conversational_context` at session start. """

    _FIELDS = {
        "context": ("context", None),
    }
    _REQUIRED = ("context",)

    def __init__(
        self,
        *,
        context: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "context": context,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
OverwriteLlmContextMessagePropertiesParam = TypedDict(
    "OverwriteLlmContextMessagePropertiesParam",
    {
        "context": Required["str"],
    },
    total=False,
)
