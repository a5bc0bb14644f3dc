from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_personas_response_200_data_type_0_item_layers_type_0_perception_type_0_audio_tools_type_0_item import (
        ListPersonasResponse200DataType0ItemLayersType0PerceptionType0AudioToolsType0Item,
    )
    from ..models.list_personas_response_200_data_type_0_item_layers_type_0_perception_type_0_visual_tools_type_0_item import (
        ListPersonasResponse200DataType0ItemLayersType0PerceptionType0VisualToolsType0Item,
    )


T = TypeVar("T", bound="ListPersonasResponse200DataType0ItemLayersType0PerceptionType0")


@_attrs_define
class ListPersonasResponse200DataType0ItemLayersType0PerceptionType0:
    perception_model: None | str | Unset = "raven-1"
    """ The perception model to use. `raven-1` (default and recommended) provides real-time emotional understanding
    from user audio, more natural and human-like interactions, plus all visual capabilities from raven-0. `raven-0`
    (legacy settings [here](/sections/troubleshooting#migration-from-legacy-perception-to-raven-1)) offers advanced
    visual perception only. `off` disables all perception. """
    visual_awareness_queries: list[str] | None | Unset = UNSET
    """ Custom queries that Raven continuously monitors in the visual stream. These provide ambient visual context
    without requiring explicit prompting. """
    visual_tool_prompt: None | str | Unset = UNSET
    """ A prompt that details how and when to use visual tools based on what Raven sees. This helps the replica
    understand the context of the visual tools. """
    visual_tools: (
        list[
            ListPersonasResponse200DataType0ItemLayersType0PerceptionType0VisualToolsType0Item
        ]
        | None
        | Unset
    ) = UNSET
    """ Tools that can be triggered based on visual context, enabling automated actions in response to visual cues.
    """
    audio_awareness_queries: list[str] | None | Unset = UNSET
    """ Custom queries that Raven-1 continuously monitors in the audio stream. These provide ambient audio context
    such as user tone and emotional state. Only available with `raven-1`. """
    audio_tool_prompt: None | str | Unset = UNSET
    """ A prompt that details how and when to use audio tools based on what Raven-1 hears. Only available with
    `raven-1`. """
    audio_tools: (
        list[
            ListPersonasResponse200DataType0ItemLayersType0PerceptionType0AudioToolsType0Item
        ]
        | None
        | Unset
    ) = UNSET
    """ Tools that can be triggered based on audio analysis, enabling automated actions in response to user tone and
    emotion. Only available with `raven-1`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        perception_model: None | str | Unset
        if isinstance(self.perception_model, Unset):
            perception_model = UNSET
        else:
            perception_model = self.perception_model

        visual_awareness_queries: list[str] | None | Unset
        if isinstance(self.visual_awareness_queries, Unset):
            visual_awareness_queries = UNSET
        elif isinstance(self.visual_awareness_queries, list):
            visual_awareness_queries = self.visual_awareness_queries

        else:
            visual_awareness_queries = self.visual_awareness_queries

        visual_tool_prompt: None | str | Unset
        if isinstance(self.visual_tool_prompt, Unset):
            visual_tool_prompt = UNSET
        else:
            visual_tool_prompt = self.visual_tool_prompt

        visual_tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.visual_tools, Unset):
            visual_tools = UNSET
        elif isinstance(self.visual_tools, list):
            visual_tools = []
            for visual_tools_type_0_item_data in self.visual_tools:
                visual_tools_type_0_item = visual_tools_type_0_item_data.to_dict()
                visual_tools.append(visual_tools_type_0_item)

        else:
            visual_tools = self.visual_tools

        audio_awareness_queries: list[str] | None | Unset
        if isinstance(self.audio_awareness_queries, Unset):
            audio_awareness_queries = UNSET
        elif isinstance(self.audio_awareness_queries, list):
            audio_awareness_queries = self.audio_awareness_queries

        else:
            audio_awareness_queries = self.audio_awareness_queries

        audio_tool_prompt: None | str | Unset
        if isinstance(self.audio_tool_prompt, Unset):
            audio_tool_prompt = UNSET
        else:
            audio_tool_prompt = self.audio_tool_prompt

        audio_tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.audio_tools, Unset):
            audio_tools = UNSET
        elif isinstance(self.audio_tools, list):
            audio_tools = []
            for audio_tools_type_0_item_data in self.audio_tools:
                audio_tools_type_0_item = audio_tools_type_0_item_data.to_dict()
                audio_tools.append(audio_tools_type_0_item)

        else:
            audio_tools = self.audio_tools

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
        from ..models.list_personas_response_200_data_type_0_item_layers_type_0_perception_type_0_audio_tools_type_0_item import (
            ListPersonasResponse200DataType0ItemLayersType0PerceptionType0AudioToolsType0Item,
        )
        from ..models.list_personas_response_200_data_type_0_item_layers_type_0_perception_type_0_visual_tools_type_0_item import (
            ListPersonasResponse200DataType0ItemLayersType0PerceptionType0VisualToolsType0Item,
        )

        d = dict(src_dict)

        def _parse_perception_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        perception_model = _parse_perception_model(d.pop("perception_model", UNSET))

        def _parse_visual_awareness_queries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                visual_awareness_queries_type_0 = cast(list[str], data)

                return visual_awareness_queries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        visual_awareness_queries = _parse_visual_awareness_queries(
            d.pop("visual_awareness_queries", UNSET)
        )

        def _parse_visual_tool_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visual_tool_prompt = _parse_visual_tool_prompt(
            d.pop("visual_tool_prompt", UNSET)
        )

        def _parse_visual_tools(
            data: object,
        ) -> (
            list[
                ListPersonasResponse200DataType0ItemLayersType0PerceptionType0VisualToolsType0Item
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                visual_tools_type_0 = []
                _visual_tools_type_0 = data
                for visual_tools_type_0_item_data in _visual_tools_type_0:
                    visual_tools_type_0_item = ListPersonasResponse200DataType0ItemLayersType0PerceptionType0VisualToolsType0Item.from_dict(
                        visual_tools_type_0_item_data
                    )

                    visual_tools_type_0.append(visual_tools_type_0_item)

                return visual_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ListPersonasResponse200DataType0ItemLayersType0PerceptionType0VisualToolsType0Item
                ]
                | None
                | Unset,
                data,
            )

        visual_tools = _parse_visual_tools(d.pop("visual_tools", UNSET))

        def _parse_audio_awareness_queries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                audio_awareness_queries_type_0 = cast(list[str], data)

                return audio_awareness_queries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        audio_awareness_queries = _parse_audio_awareness_queries(
            d.pop("audio_awareness_queries", UNSET)
        )

        def _parse_audio_tool_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_tool_prompt = _parse_audio_tool_prompt(d.pop("audio_tool_prompt", UNSET))

        def _parse_audio_tools(
            data: object,
        ) -> (
            list[
                ListPersonasResponse200DataType0ItemLayersType0PerceptionType0AudioToolsType0Item
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                audio_tools_type_0 = []
                _audio_tools_type_0 = data
                for audio_tools_type_0_item_data in _audio_tools_type_0:
                    audio_tools_type_0_item = ListPersonasResponse200DataType0ItemLayersType0PerceptionType0AudioToolsType0Item.from_dict(
                        audio_tools_type_0_item_data
                    )

                    audio_tools_type_0.append(audio_tools_type_0_item)

                return audio_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ListPersonasResponse200DataType0ItemLayersType0PerceptionType0AudioToolsType0Item
                ]
                | None
                | Unset,
                data,
            )

        audio_tools = _parse_audio_tools(d.pop("audio_tools", UNSET))

        list_personas_response_200_data_type_0_item_layers_type_0_perception_type_0 = (
            cls(
                perception_model=perception_model,
                visual_awareness_queries=visual_awareness_queries,
                visual_tool_prompt=visual_tool_prompt,
                visual_tools=visual_tools,
                audio_awareness_queries=audio_awareness_queries,
                audio_tool_prompt=audio_tool_prompt,
                audio_tools=audio_tools,
            )
        )

        list_personas_response_200_data_type_0_item_layers_type_0_perception_type_0.additional_properties = d
        return (
            list_personas_response_200_data_type_0_item_layers_type_0_perception_type_0
        )

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
