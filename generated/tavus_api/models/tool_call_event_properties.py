from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class ToolCallEventProperties(Model):
    """Function name and serialized arguments from the LLM. Tavus does not execute tools server-side—your app performs the
    call per your integration.

    """

    name: str
    """ Function / tool name. """
    arguments: str
    """ Serialized tool arguments (typically a JSON string from the LLM). """
    tool_call_id: str | None
    """ Correlation id for the tool call; omitted when empty. """

    _FIELDS = {
        "name": ("name", None),
        "arguments": ("arguments", None),
        "tool_call_id": ("tool_call_id", None),
    }
    _REQUIRED = (
        "name",
        "arguments",
    )

    def __init__(
        self,
        *,
        name: str,
        arguments: str,
        tool_call_id: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "name": name,
            "arguments": arguments,
            "tool_call_id": tool_call_id,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ToolCallEventPropertiesParam = TypedDict(
    "ToolCallEventPropertiesParam",
    {
        "name": Required["str"],
        "arguments": Required["str"],
        "tool_call_id": "str",
    },
    total=False,
)
