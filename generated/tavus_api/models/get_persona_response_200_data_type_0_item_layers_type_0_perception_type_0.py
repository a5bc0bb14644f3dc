from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_persona_response_200_data_type_0_item_layers_type_0_perception_type_0_perception_tools_type_0_item import (
        GetPersonaResponse200DataType0ItemLayersType0PerceptionType0PerceptionToolsType0Item,
    )


T = TypeVar("T", bound="GetPersonaResponse200DataType0ItemLayersType0PerceptionType0")


@_attrs_define
class GetPersonaResponse200DataType0ItemLayersType0PerceptionType0:
    perception_model: None | str | Unset = UNSET
    """ The perception model to use. Options include `raven-0` for advanced multimodal perception or `basic` for
    simpler vision capabilities, and `off` to disable all perception. """
    ambient_awareness_queries: list[str] | None | Unset = UNSET
    """ Custom queries that Raven will continuously monitor for in the visual stream. These provide ambient context
    without requiring explicit prompting. """
    perception_tool_prompt: None | str | Unset = UNSET
    """ A prompt that details how and when to use the tools that are passed to the perception layer. This helps the
    replica understand the context of the perception tools and grounds it. """
    perception_tools: (
        list[
            GetPersonaResponse200DataType0ItemLayersType0PerceptionType0PerceptionToolsType0Item
        ]
        | None
        | Unset
    ) = UNSET
    """ Tools that can be triggered based on visual context, enabling automated actions in response to visual cues.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        perception_model: None | str | Unset
        if isinstance(self.perception_model, Unset):
            perception_model = UNSET
        else:
            perception_model = self.perception_model

        ambient_awareness_queries: list[str] | None | Unset
        if isinstance(self.ambient_awareness_queries, Unset):
            ambient_awareness_queries = UNSET
        elif isinstance(self.ambient_awareness_queries, list):
            ambient_awareness_queries = self.ambient_awareness_queries

        else:
            ambient_awareness_queries = self.ambient_awareness_queries

        perception_tool_prompt: None | str | Unset
        if isinstance(self.perception_tool_prompt, Unset):
            perception_tool_prompt = UNSET
        else:
            perception_tool_prompt = self.perception_tool_prompt

        perception_tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.perception_tools, Unset):
            perception_tools = UNSET
        elif isinstance(self.perception_tools, list):
            perception_tools = []
            for perception_tools_type_0_item_data in self.perception_tools:
                perception_tools_type_0_item = (
                    perception_tools_type_0_item_data.to_dict()
                )
                perception_tools.append(perception_tools_type_0_item)

        else:
            perception_tools = self.perception_tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if perception_model is not UNSET:
            field_dict["perception_model"] = perception_model
        if ambient_awareness_queries is not UNSET:
            field_dict["ambient_awareness_queries"] = ambient_awareness_queries
        if perception_tool_prompt is not UNSET:
            field_dict["perception_tool_prompt"] = perception_tool_prompt
        if perception_tools is not UNSET:
            field_dict["perception_tools"] = perception_tools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_persona_response_200_data_type_0_item_layers_type_0_perception_type_0_perception_tools_type_0_item import (
            GetPersonaResponse200DataType0ItemLayersType0PerceptionType0PerceptionToolsType0Item,
        )

        d = dict(src_dict)

        def _parse_perception_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        perception_model = _parse_perception_model(d.pop("perception_model", UNSET))

        def _parse_ambient_awareness_queries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ambient_awareness_queries_type_0 = cast(list[str], data)

                return ambient_awareness_queries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        ambient_awareness_queries = _parse_ambient_awareness_queries(
            d.pop("ambient_awareness_queries", UNSET)
        )

        def _parse_perception_tool_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        perception_tool_prompt = _parse_perception_tool_prompt(
            d.pop("perception_tool_prompt", UNSET)
        )

        def _parse_perception_tools(
            data: object,
        ) -> (
            list[
                GetPersonaResponse200DataType0ItemLayersType0PerceptionType0PerceptionToolsType0Item
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
                perception_tools_type_0 = []
                _perception_tools_type_0 = data
                for perception_tools_type_0_item_data in _perception_tools_type_0:
                    perception_tools_type_0_item = GetPersonaResponse200DataType0ItemLayersType0PerceptionType0PerceptionToolsType0Item.from_dict(
                        perception_tools_type_0_item_data
                    )

                    perception_tools_type_0.append(perception_tools_type_0_item)

                return perception_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    GetPersonaResponse200DataType0ItemLayersType0PerceptionType0PerceptionToolsType0Item
                ]
                | None
                | Unset,
                data,
            )

        perception_tools = _parse_perception_tools(d.pop("perception_tools", UNSET))

        get_persona_response_200_data_type_0_item_layers_type_0_perception_type_0 = cls(
            perception_model=perception_model,
            ambient_awareness_queries=ambient_awareness_queries,
            perception_tool_prompt=perception_tool_prompt,
            perception_tools=perception_tools,
        )

        get_persona_response_200_data_type_0_item_layers_type_0_perception_type_0.additional_properties = d
        return get_persona_response_200_data_type_0_item_layers_type_0_perception_type_0

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
