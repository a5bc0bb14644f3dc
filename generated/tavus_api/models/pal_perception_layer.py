from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_models


def _parse_visual_tools(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(PalPerceptionLayerVisualToolsItem, value)
    return value


def _parse_audio_tools(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(PalPerceptionLayerAudioToolsItem, value)
    return value


class PalPerceptionLayer(Model):
    """Perception (Raven) settings."""

    perception_model: str | None
    """ raven-1 (default; visual and audio understanding), raven-0 (legacy, visual only) or off. """
    visual_awareness_queries: list[str] | None
    """ Questions Raven keeps checking in the video stream. """
    visual_tool_prompt: str | None
    """ When and how to use the visual tools. """
    visual_tools: list[PalPerceptionLayerVisualToolsItem] | None
    """ Legacy inline visual tools; new work uses the tools registry (/v2/tools) with origin vision. """
    audio_awareness_queries: list[str] | None
    """ Questions Raven keeps checking in the audio stream (raven-1 only). """
    audio_tool_prompt: str | None
    """ When and how to use the audio tools (raven-1 only). """
    audio_tools: list[PalPerceptionLayerAudioToolsItem] | None
    """ Legacy inline audio tools; new work uses the tools registry (/v2/tools) with origin audio. """

    _FIELDS = {
        "perception_model": ("perception_model", None),
        "visual_awareness_queries": ("visual_awareness_queries", None),
        "visual_tool_prompt": ("visual_tool_prompt", None),
        "visual_tools": ("visual_tools", _parse_visual_tools),
        "audio_awareness_queries": ("audio_awareness_queries", None),
        "audio_tool_prompt": ("audio_tool_prompt", None),
        "audio_tools": ("audio_tools", _parse_audio_tools),
    }

    def __init__(
        self,
        *,
        perception_model: str | None = None,
        visual_awareness_queries: list[str] | None = None,
        visual_tool_prompt: str | None = None,
        visual_tools: list[PalPerceptionLayerVisualToolsItem] | None = None,
        audio_awareness_queries: list[str] | None = None,
        audio_tool_prompt: str | None = None,
        audio_tools: list[PalPerceptionLayerAudioToolsItem] | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "perception_model": perception_model,
            "visual_awareness_queries": visual_awareness_queries,
            "visual_tool_prompt": visual_tool_prompt,
            "visual_tools": visual_tools,
            "audio_awareness_queries": audio_awareness_queries,
            "audio_tool_prompt": audio_tool_prompt,
            "audio_tools": audio_tools,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PalPerceptionLayerParam = TypedDict(
    "PalPerceptionLayerParam",
    {
        "perception_model": "str",
        "visual_awareness_queries": "list[str]",
        "visual_tool_prompt": "str",
        "visual_tools": "list[PalPerceptionLayerVisualToolsItemParam]",
        "audio_awareness_queries": "list[str]",
        "audio_tool_prompt": "str",
        "audio_tools": "list[PalPerceptionLayerAudioToolsItemParam]",
    },
    total=False,
)


from ..models.pal_perception_layer_audio_tools_item import (
    PalPerceptionLayerAudioToolsItem,
    PalPerceptionLayerAudioToolsItemParam,
)
from ..models.pal_perception_layer_visual_tools_item import (
    PalPerceptionLayerVisualToolsItem,
    PalPerceptionLayerVisualToolsItemParam,
)
