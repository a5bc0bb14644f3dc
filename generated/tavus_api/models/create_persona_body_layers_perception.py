from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_persona_body_layers_perception_audio_tools_item import (
        CreatePersonaBodyLayersPerceptionAudioToolsItem,
    )
    from ..models.create_persona_body_layers_perception_visual_tools_item import (
        CreatePersonaBodyLayersPerceptionVisualToolsItem,
    )


T = TypeVar("T", bound="CreatePersonaBodyLayersPerception")


@_attrs_define
class CreatePersonaBodyLayersPerception:
    perception_model: str | Unset = "raven-1"
    """ The perception model to use. `raven-1` (default and recommended) provides real-time emotional understanding
    from user audio, more natural and human-like interactions, plus all visual capabilities from raven-0. `raven-0`
    (legacy settings [here](/sections/troubleshooting#migration-from-legacy-perception-to-raven-1)) offers advanced
    visual perception only. `off` disables all perception. """
    visual_awareness_queries: list[str] | Unset = UNSET
    """ Custom queries that Raven continuously monitors in the visual stream. These provide ambient visual context
    without requiring explicit prompting. """
    visual_tool_prompt: str | Unset = UNSET
    """ A prompt that details how and when to use visual tools based on what Raven sees. This helps the replica
    understand the context of the visual tools. """
    visual_tools: list[CreatePersonaBodyLayersPerceptionVisualToolsItem] | Unset = UNSET
    """ Tools that can be triggered based on visual context, enabling automated actions in response to visual cues.
    """
    audio_awareness_queries: list[str] | Unset = UNSET
    """ Custom queries that Raven-1 continuously monitors in the audio stream. These provide ambient audio context
    such as user tone and emotional state. Only available with `raven-1`. """
    audio_tool_prompt: str | Unset = UNSET
    """ A prompt that details how and when to use audio tools based on what Raven-1 hears. Only available with
    `raven-1`. """
    audio_tools: list[CreatePersonaBodyLayersPerceptionAudioToolsItem] | Unset = UNSET
    """ Tools that can be triggered based on audio analysis, enabling automated actions in response to user tone and
    emotion. Only available with `raven-1`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        perception_model = self.perception_model

        visual_awareness_queries: list[str] | Unset = UNSET
        if not isinstance(self.visual_awareness_queries, Unset):
            visual_awareness_queries = self.visual_awareness_queries

        visual_tool_prompt = self.visual_tool_prompt

        visual_tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.visual_tools, Unset):
            visual_tools = []
            for visual_tools_item_data in self.visual_tools:
                visual_tools_item = visual_tools_item_data.to_dict()
                visual_tools.append(visual_tools_item)

        audio_awareness_queries: list[str] | Unset = UNSET
        if not isinstance(self.audio_awareness_queries, Unset):
            audio_awareness_queries = self.audio_awareness_queries

        audio_tool_prompt = self.audio_tool_prompt

        audio_tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audio_tools, Unset):
            audio_tools = []
            for audio_tools_item_data in self.audio_tools:
                audio_tools_item = audio_tools_item_data.to_dict()
                audio_tools.append(audio_tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if perception_model is not UNSET:
            field_dict["perception_model"] = perception_model
        if visual_awareness_queries is not UNSET:
            field_dict["visual_awareness_queries"] = visual_awareness_queries
        if visual_tool_prompt is not UNSET:
            field_dict["visual_tool_prompt"] = visual_tool_prompt
        if visual_tools is not UNSET:
            field_dict["visual_tools"] = visual_tools
        if audio_awareness_queries is not UNSET:
            field_dict["audio_awareness_queries"] = audio_awareness_queries
        if audio_tool_prompt is not UNSET:
            field_dict["audio_tool_prompt"] = audio_tool_prompt
        if audio_tools is not UNSET:
            field_dict["audio_tools"] = audio_tools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_persona_body_layers_perception_audio_tools_item import (
            CreatePersonaBodyLayersPerceptionAudioToolsItem,
        )
        from ..models.create_persona_body_layers_perception_visual_tools_item import (
            CreatePersonaBodyLayersPerceptionVisualToolsItem,
        )

        d = dict(src_dict)
        perception_model = d.pop("perception_model", UNSET)

        visual_awareness_queries = cast(
            list[str], d.pop("visual_awareness_queries", UNSET)
        )

        visual_tool_prompt = d.pop("visual_tool_prompt", UNSET)

        _visual_tools = d.pop("visual_tools", UNSET)
        visual_tools: list[CreatePersonaBodyLayersPerceptionVisualToolsItem] | Unset = (
            UNSET
        )
        if _visual_tools is not UNSET:
            visual_tools = []
            for visual_tools_item_data in _visual_tools:
                visual_tools_item = (
                    CreatePersonaBodyLayersPerceptionVisualToolsItem.from_dict(
                        visual_tools_item_data
                    )
                )

                visual_tools.append(visual_tools_item)

        audio_awareness_queries = cast(
            list[str], d.pop("audio_awareness_queries", UNSET)
        )

        audio_tool_prompt = d.pop("audio_tool_prompt", UNSET)

        _audio_tools = d.pop("audio_tools", UNSET)
        audio_tools: list[CreatePersonaBodyLayersPerceptionAudioToolsItem] | Unset = (
            UNSET
        )
        if _audio_tools is not UNSET:
            audio_tools = []
            for audio_tools_item_data in _audio_tools:
                audio_tools_item = (
                    CreatePersonaBodyLayersPerceptionAudioToolsItem.from_dict(
                        audio_tools_item_data
                    )
                )

                audio_tools.append(audio_tools_item)

        create_persona_body_layers_perception = cls(
            perception_model=perception_model,
            visual_awareness_queries=visual_awareness_queries,
            visual_tool_prompt=visual_tool_prompt,
            visual_tools=visual_tools,
            audio_awareness_queries=audio_awareness_queries,
            audio_tool_prompt=audio_tool_prompt,
            audio_tools=audio_tools,
        )

        create_persona_body_layers_perception.additional_properties = d
        return create_persona_body_layers_perception

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
