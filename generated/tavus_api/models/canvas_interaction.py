from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_metadata(value: Any) -> Any:
    return parse_model(CanvasInteractionMetadata, value)


class CanvasInteraction(Model):
    """A recorded Canvas interaction (the canvas.interaction webhook's properties). Types follow the page's example;
    component and type are plain strings here because Tavus adds components over time.

    """

    interaction_id: str
    conversation_id: str | None
    tool_call_id: str | None
    component: str | None
    component_version: str | None
    type_: str | None
    value: Any
    """ Interaction payload. """
    metadata: CanvasInteractionMetadata | None
    created_at: str | None

    _FIELDS = {
        "interaction_id": ("interaction_id", None),
        "conversation_id": ("conversation_id", None),
        "tool_call_id": ("tool_call_id", None),
        "component": ("component", None),
        "component_version": ("component_version", None),
        "type_": ("type", None),
        "value": ("value", None),
        "metadata": ("metadata", _parse_metadata),
        "created_at": ("created_at", None),
    }
    _REQUIRED = ("interaction_id",)

    def __init__(
        self,
        *,
        interaction_id: str,
        conversation_id: str | None = None,
        tool_call_id: str | None = None,
        component: str | None = None,
        component_version: str | None = None,
        type_: str | None = None,
        value: Any = None,
        metadata: CanvasInteractionMetadata | None = None,
        created_at: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "interaction_id": interaction_id,
            "conversation_id": conversation_id,
            "tool_call_id": tool_call_id,
            "component": component,
            "component_version": component_version,
            "type_": type_,
            "value": value,
            "metadata": metadata,
            "created_at": created_at,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CanvasInteractionParam = TypedDict(
    "CanvasInteractionParam",
    {
        "interaction_id": Required["str"],
        "conversation_id": "str",
        "tool_call_id": "str",
        "component": "str",
        "component_version": "str",
        "type": "str",
        "value": "Any",
        "metadata": "CanvasInteractionMetadataParam",
        "created_at": "str",
    },
    total=False,
)


from ..models.canvas_interaction_metadata import (
    CanvasInteractionMetadata,
    CanvasInteractionMetadataParam,
)
