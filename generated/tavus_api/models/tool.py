from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_parameters(value: Any) -> Any:
    return parse_model(ToolParameters, value)


def _parse_delivery(value: Any) -> Any:
    return parse_model(ToolDelivery, value)


class Tool(Model):
    """A standalone tool, as returned by every tool endpoint and inside data on the PAL-tool endpoints."""

    tool_id: str
    """ Identifier of the tool; system tools use their name (e.g. end_call). """
    owner_id: int | None
    """ Internal id of the owning user; null for system tools. """
    name: str | None
    """ Function name the LLM calls. """
    description: str | None
    """ What the tool does. """
    parameters: ToolParameters | None
    """ JSON Schema of the tool's arguments. """
    delivery: ToolDelivery | None
    """ How a tool call is dispatched - exactly one channel: app_message true alone (a conversation.tool_call event
    on the Daily data channel; the default) or api with app_message false. """
    is_system_tool: bool | None
    """ Built-in tool; cannot be modified or deleted. """
    trigger_type: str | None
    """ When the tool runs - in_call (during the conversation) or post_call (once, after it ends, via delivery.api).
    """
    origin: str | None
    """ Live modality of an in-call tool - llm, vision or audio. """
    on_call: str | None
    """ What the PAL does while the call is in flight. """
    on_resolve: str | None
    """ What the PAL does once the tool returns. """
    static_filler: str | None
    """ Phrase spoken while the call is in flight when on_call is static_filler. """
    created_at: str | None
    updated_at: str | None

    _FIELDS = {
        "tool_id": ("tool_id", None),
        "owner_id": ("owner_id", None),
        "name": ("name", None),
        "description": ("description", None),
        "parameters": ("parameters", _parse_parameters),
        "delivery": ("delivery", _parse_delivery),
        "is_system_tool": ("is_system_tool", None),
        "trigger_type": ("trigger_type", None),
        "origin": ("origin", None),
        "on_call": ("on_call", None),
        "on_resolve": ("on_resolve", None),
        "static_filler": ("static_filler", None),
        "created_at": ("created_at", None),
        "updated_at": ("updated_at", None),
    }
    _REQUIRED = ("tool_id",)

    def __init__(
        self,
        *,
        tool_id: str,
        owner_id: int | None = None,
        name: str | None = None,
        description: str | None = None,
        parameters: ToolParameters | None = None,
        delivery: ToolDelivery | None = None,
        is_system_tool: bool | None = None,
        trigger_type: str | None = None,
        origin: str | None = None,
        on_call: str | None = None,
        on_resolve: str | None = None,
        static_filler: str | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "tool_id": tool_id,
            "owner_id": owner_id,
            "name": name,
            "description": description,
            "parameters": parameters,
            "delivery": delivery,
            "is_system_tool": is_system_tool,
            "trigger_type": trigger_type,
            "origin": origin,
            "on_call": on_call,
            "on_resolve": on_resolve,
            "static_filler": static_filler,
            "created_at": created_at,
            "updated_at": updated_at,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ToolParam = TypedDict(
    "ToolParam",
    {
        "tool_id": Required["str"],
        "owner_id": "int",
        "name": "str",
        "description": "str",
        "parameters": "ToolParametersParam",
        "delivery": "ToolDeliveryParam",
        "is_system_tool": "bool",
        "trigger_type": "str",
        "origin": "str",
        "on_call": "str",
        "on_resolve": "str",
        "static_filler": "str",
        "created_at": "str",
        "updated_at": "str",
    },
    total=False,
)


from ..models.tool_delivery import (
    ToolDelivery,
    ToolDeliveryParam,
)
from ..models.tool_parameters import (
    ToolParameters,
    ToolParametersParam,
)
