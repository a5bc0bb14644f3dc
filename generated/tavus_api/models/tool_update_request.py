from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_parameters(value: Any) -> Any:
    return parse_model(ToolUpdateRequestParameters, value)


def _parse_delivery(value: Any) -> Any:
    return parse_model(ToolDelivery, value)


class ToolUpdateRequest(Model):
    """Body of Update Tool; only the fields sent change."""

    name: str | None
    """ New function name; same rules as on create. """
    description: str | None
    """ New description (at most 10000 characters together with parameters). """
    parameters: ToolUpdateRequestParameters | None
    """ Replacement JSON Schema of the arguments; tavus_* property names are rejected. """
    delivery: None | ToolDelivery
    """ Replacement delivery config; null resets it to {"app_message":true}. """
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

    def __init__(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        parameters: ToolUpdateRequestParameters | None = None,
        delivery: None | ToolDelivery = None,
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
ToolUpdateRequestParam = TypedDict(
    "ToolUpdateRequestParam",
    {
        "name": "str",
        "description": "str",
        "parameters": "ToolUpdateRequestParametersParam",
        "delivery": "ToolDeliveryParam | None",
        "trigger_type": "str",
        "origin": "str",
        "on_call": "str",
        "on_resolve": "str",
        "static_filler": "str",
    },
    total=False,
)


from ..models.tool_delivery import (
    ToolDelivery,
    ToolDeliveryParam,
)
from ..models.tool_update_request_parameters import (
    ToolUpdateRequestParameters,
    ToolUpdateRequestParametersParam,
)
