from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_parameters(value: Any) -> Any:
    return parse_model(ToolCreateRequestParameters, value)


def _parse_delivery(value: Any) -> Any:
    return parse_model(ToolDelivery, value)


class ToolCreateRequest(Model):
    """Body of Create Tool.

    Example:
        {'name': 'get_weather', 'description': 'Get the current weather for a city', 'parameters': {'type': 'object',
            'properties': {'city': {'type': 'string', 'description': 'City name'}}, 'required': ['city']}, 'delivery':
            {'app_message': True}, 'trigger_type': 'in_call', 'origin': 'llm', 'on_call': 'generate_filler', 'on_resolve':
            'generate_response', 'static_filler': 'Sure, let me grab that for you.'}

    """

    name: str
    """ Function name (OpenAI naming rules), unique within the account. """
    description: str
    """ What the tool does, used by the LLM to decide when to call it; description plus serialized parameters may
    total at most 10000 characters. """
    parameters: ToolCreateRequestParameters | None
    """ JSON Schema of the arguments (OpenAI function-calling shape; {} when omitted). Property names starting with
    tavus_ are reserved and rejected. """
    delivery: ToolDelivery | None
    """ How a tool call is dispatched - exactly one channel: app_message true alone (a conversation.tool_call event
    on the Daily data channel; the default) or api with app_message false. """
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
    """ Phrase spoken while the call is in flight; required when on_call is static_filler. """

    _FIELDS = {
        "name": ("name", None),
        "description": ("description", None),
        "parameters": ("parameters", _parse_parameters),
        "delivery": ("delivery", _parse_delivery),
        "trigger_type": ("trigger_type", None),
        "origin": ("origin", None),
        "on_call": ("on_call", None),
        "on_resolve": ("on_resolve", None),
        "static_filler": ("static_filler", None),
    }
    _REQUIRED = (
        "name",
        "description",
    )

    def __init__(
        self,
        *,
        name: str,
        description: str,
        parameters: ToolCreateRequestParameters | None = None,
        delivery: ToolDelivery | None = None,
        trigger_type: str | None = None,
        origin: str | None = None,
        on_call: str | None = None,
        on_resolve: str | None = None,
        static_filler: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "name": name,
            "description": description,
            "parameters": parameters,
            "delivery": delivery,
            "trigger_type": trigger_type,
            "origin": origin,
            "on_call": on_call,
            "on_resolve": on_resolve,
            "static_filler": static_filler,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ToolCreateRequestParam = TypedDict(
    "ToolCreateRequestParam",
    {
        "name": Required["str"],
        "description": Required["str"],
        "parameters": "ToolCreateRequestParametersParam",
        "delivery": "ToolDeliveryParam",
        "trigger_type": "str",
        "origin": "str",
        "on_call": "str",
        "on_resolve": "str",
        "static_filler": "str",
    },
    total=False,
)


from ..models.tool_create_request_parameters import (
    ToolCreateRequestParameters,
    ToolCreateRequestParametersParam,
)
from ..models.tool_delivery import (
    ToolDelivery,
    ToolDeliveryParam,
)
