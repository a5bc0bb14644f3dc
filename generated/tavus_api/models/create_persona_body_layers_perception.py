from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_persona_body_layers_perception_perception_tools_item import (
        CreatePersonaBodyLayersPerceptionPerceptionToolsItem,
    )


T = TypeVar("T", bound="CreatePersonaBodyLayersPerception")


@_attrs_define
class CreatePersonaBodyLayersPerception:
    perception_model: str | Unset = UNSET
    """ The perception model to use. Options include `raven-0` for advanced multimodal perception or `basic` for
    simpler vision capabilities, and `off` to disable all perception. """
    ambient_awareness_queries: list[str] | Unset = UNSET
    """ Custom queries that Raven will continuously monitor for in the visual stream. These provide ambient context
    without requiring explicit prompting. """
    perception_tool_prompt: str | Unset = UNSET
    """ A prompt that details how and when to use the tools that are passed to the perception layer. This helps the
    replica understand the context of the perception tools and grounds it. """
    perception_tools: (
        list[CreatePersonaBodyLayersPerceptionPerceptionToolsItem] | Unset
    ) = UNSET
    """ Tools that can be triggered based on visual context, enabling automated actions in response to visual cues.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        perception_model = self.perception_model

        ambient_awareness_queries: list[str] | Unset = UNSET
        if not isinstance(self.ambient_awareness_queries, Unset):
            ambient_awareness_queries = self.ambient_awareness_queries

        perception_tool_prompt = self.perception_tool_prompt

        perception_tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.perception_tools, Unset):
            perception_tools = []
            for perception_tools_item_data in self.perception_tools:
                perception_tools_item = perception_tools_item_data.to_dict()
                perception_tools.append(perception_tools_item)

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
        from ..models.create_persona_body_layers_perception_perception_tools_item import (
            CreatePersonaBodyLayersPerceptionPerceptionToolsItem,
        )

        d = dict(src_dict)
        perception_model = d.pop("perception_model", UNSET)

        ambient_awareness_queries = cast(
            list[str], d.pop("ambient_awareness_queries", UNSET)
        )

        perception_tool_prompt = d.pop("perception_tool_prompt", UNSET)

        _perception_tools = d.pop("perception_tools", UNSET)
        perception_tools: (
            list[CreatePersonaBodyLayersPerceptionPerceptionToolsItem] | Unset
        ) = UNSET
        if _perception_tools is not UNSET:
            perception_tools = []
            for perception_tools_item_data in _perception_tools:
                perception_tools_item = (
                    CreatePersonaBodyLayersPerceptionPerceptionToolsItem.from_dict(
                        perception_tools_item_data
                    )
                )

                perception_tools.append(perception_tools_item)

        create_persona_body_layers_perception = cls(
            perception_model=perception_model,
            ambient_awareness_queries=ambient_awareness_queries,
            perception_tool_prompt=perception_tool_prompt,
            perception_tools=perception_tools,
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
