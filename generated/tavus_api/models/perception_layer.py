from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_models


def _parse_visual_tools(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(PerceptionLayerVisualToolsItem, value)
    return value


def _parse_audio_tools(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(PerceptionLayerAudioToolsItem, value)
    return value


class PerceptionLayer(Model):
    perception_model: str | None
    """ The perception model to use. `raven-1` (default and recommended) provides real-time emotional understanding
    from user audio, more natural and human-like interactions, plus all visual capabilities from raven-0. `raven-0`
    (legacy settings [here](/sections/troubleshooting#migration-from-legacy-perception-to-raven-1)) offers advanced
    visual perception only. `off` disables all perception. """
    visual_awareness_queries: list[str] | None
    """ Custom queries that Raven continuously monitors in the visual stream. These provide ambient visual context
    without requiring explicit prompting. """
    visual_tool_prompt: str | None
    """ A prompt that details how and when to use visual tools based on what Raven sees. This helps the replica
    understand the context of the visual tools. """
    visual_tools: list[PerceptionLayerVisualToolsItem] | None
    """ Tools that can be triggered based on visual context, enabling automated actions in response to visual cues.
    """
    audio_awareness_queries: list[str] | None
    """ Custom queries that Raven-1 continuously monitors in the audio stream. These provide ambient audio context
    such as user tone and emotional state. Only available with `raven-1`. """
    audio_tool_prompt: str | None
    """ A prompt that details how and when to use audio tools based on what Raven-1 hears. Only available with
    `raven-1`. """
    audio_tools: list[PerceptionLayerAudioToolsItem] | None
    """ Tools that can be triggered based on audio analysis, enabling automated actions in response to user tone and
    emotion. Only available with `raven-1`. """

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
        visual_tools: list[PerceptionLayerVisualToolsItem] | None = None,
        audio_awareness_queries: list[str] | None = None,
        audio_tool_prompt: str | None = None,
        audio_tools: list[PerceptionLayerAudioToolsItem] | None = None,
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
PerceptionLayerParam = TypedDict(
    "PerceptionLayerParam",
    {
        "perception_model": "str",
        "visual_awareness_queries": "list[str]",
        "visual_tool_prompt": "str",
        "visual_tools": "list[PerceptionLayerVisualToolsItemParam]",
        "audio_awareness_queries": "list[str]",
        "audio_tool_prompt": "str",
        "audio_tools": "list[PerceptionLayerAudioToolsItemParam]",
    },
    total=False,
)


from ..models.perception_layer_audio_tools_item import (
    PerceptionLayerAudioToolsItem,
    PerceptionLayerAudioToolsItemParam,
)
from ..models.perception_layer_visual_tools_item import (
    PerceptionLayerVisualToolsItem,
    PerceptionLayerVisualToolsItemParam,
)
