from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_metadata(value: Any) -> Any:
    return parse_model(RecordCanvasInteractionBodyMetadata, value)


class RecordCanvasInteractionBody(Model):
    interaction_id: str
    """ Idempotency key, unique per logical interaction and reused verbatim on retries (Tavus clients use
    ci_{tool_call_id}_{type}_{uuid}). """
    tool_call_id: str
    """ Id of the Canvas invocation that showed the card. """
    component: CanvasComponent
    """ Canvas component id. """
    component_version: str
    """ Component contract version; v1 for all current components. """
    type_: CanvasInteractionType
    """ Interaction type; submit and skip only on submit-capable components. """
    value: Any
    """ Interaction payload; what is allowed depends on component and type. """
    metadata: RecordCanvasInteractionBodyMetadata | None
    """ Free-form client metadata; not part of the idempotency comparison. """

    _FIELDS = {
        "interaction_id": ("interaction_id", None),
        "tool_call_id": ("tool_call_id", None),
        "component": ("component", None),
        "component_version": ("component_version", None),
        "type_": ("type", None),
        "value": ("value", None),
        "metadata": ("metadata", _parse_metadata),
    }
    _REQUIRED = (
        "interaction_id",
        "tool_call_id",
        "component",
        "component_version",
        "type",
    )

    def __init__(
        self,
        *,
        interaction_id: str,
        tool_call_id: str,
        component: CanvasComponent,
        component_version: str,
        type_: CanvasInteractionType,
        value: Any = None,
        metadata: RecordCanvasInteractionBodyMetadata | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "interaction_id": interaction_id,
            "tool_call_id": tool_call_id,
            "component": component,
            "component_version": component_version,
            "type_": type_,
            "value": value,
            "metadata": metadata,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
RecordCanvasInteractionBodyParam = TypedDict(
    "RecordCanvasInteractionBodyParam",
    {
        "interaction_id": Required["str"],
        "tool_call_id": Required["str"],
        "component": Required["CanvasComponent"],
        "component_version": Required["str"],
        "type": Required["CanvasInteractionType"],
        "value": "Any",
        "metadata": "RecordCanvasInteractionBodyMetadataParam",
    },
    total=False,
)


from ..models.canvas_component import (
    CanvasComponent,
)
from ..models.canvas_interaction_type import (
    CanvasInteractionType,
)
from ..models.record_canvas_interaction_body_metadata import (
    RecordCanvasInteractionBodyMetadata,
    RecordCanvasInteractionBodyMetadataParam,
)
