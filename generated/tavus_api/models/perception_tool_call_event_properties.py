from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model, parse_models


def _parse_arguments(value: Any) -> Any:
    return parse_model(PerceptionToolCallEventPropertiesArgumentsType1, value)


def _parse_frames(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(PerceptionToolCallEventPropertiesFramesItem, value)
    return value


class PerceptionToolCallEventProperties(Model):
    """Tool name, modality from the perception step, arguments as returned by the model, optional non-empty `frames` for
    multimodal metadata.

    """

    modality: PerceptionToolCallEventPropertiesModality
    """ Perception modality for this call (e.g. `audio` or `vision`). """
    name: str
    """ Tool function name. """
    arguments: PerceptionToolCallEventPropertiesArgumentsType1 | str
    """ As returned by the perception model: JSON string or structured object. """
    frames: list[PerceptionToolCallEventPropertiesFramesItem] | None
    """ Included only when non-empty; frame metadata (e.g. `uri`, base64 `data` + `mime_type`, or other keys). """

    _FIELDS = {
        "modality": ("modality", None),
        "name": ("name", None),
        "arguments": ("arguments", _parse_arguments),
        "frames": ("frames", _parse_frames),
    }
    _REQUIRED = (
        "modality",
        "name",
        "arguments",
    )

    def __init__(
        self,
        *,
        modality: PerceptionToolCallEventPropertiesModality,
        name: str,
        arguments: PerceptionToolCallEventPropertiesArgumentsType1 | str,
        frames: list[PerceptionToolCallEventPropertiesFramesItem] | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "modality": modality,
            "name": name,
            "arguments": arguments,
            "frames": frames,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PerceptionToolCallEventPropertiesParam = TypedDict(
    "PerceptionToolCallEventPropertiesParam",
    {
        "modality": Required["PerceptionToolCallEventPropertiesModality"],
        "name": Required["str"],
        "arguments": Required[
            "str | PerceptionToolCallEventPropertiesArgumentsType1Param"
        ],
        "frames": "list[PerceptionToolCallEventPropertiesFramesItemParam]",
    },
    total=False,
)


from ..models.perception_tool_call_event_properties_arguments_type_1 import (
    PerceptionToolCallEventPropertiesArgumentsType1,
    PerceptionToolCallEventPropertiesArgumentsType1Param,
)
from ..models.perception_tool_call_event_properties_frames_item import (
    PerceptionToolCallEventPropertiesFramesItem,
    PerceptionToolCallEventPropertiesFramesItemParam,
)
from ..models.perception_tool_call_event_properties_modality import (
    PerceptionToolCallEventPropertiesModality,
)
