from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_api(value: Any) -> Any:
    return parse_model(ToolApiDelivery, value)


class ToolDelivery(Model):
    """How a tool call is dispatched - exactly one channel: app_message true alone (a conversation.tool_call event on the
    Daily data channel; the default) or api with app_message false.

    """

    app_message: bool | None
    """ Deliver the call to the frontend as a conversation.tool_call event. """
    api: ToolApiDelivery | None
    """ HTTPS request Tavus makes when the tool fires. """

    _FIELDS = {
        "app_message": ("app_message", None),
        "api": ("api", _parse_api),
    }

    def __init__(
        self,
        *,
        app_message: bool | None = None,
        api: ToolApiDelivery | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "app_message": app_message,
            "api": api,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ToolDeliveryParam = TypedDict(
    "ToolDeliveryParam",
    {
        "app_message": "bool",
        "api": "ToolApiDeliveryParam",
    },
    total=False,
)


from ..models.tool_api_delivery import (
    ToolApiDelivery,
    ToolApiDeliveryParam,
)
