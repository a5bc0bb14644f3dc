from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_personas_response_200_data_type_0_item_layers_type_0_llm_type_0_tools_type_0_item import (
        ListPersonasResponse200DataType0ItemLayersType0LlmType0ToolsType0Item,
    )


T = TypeVar("T", bound="ListPersonasResponse200DataType0ItemLayersType0LlmType0")


@_attrs_define
class ListPersonasResponse200DataType0ItemLayersType0LlmType0:
    model: None | str | Unset = UNSET
    """ The model name that will be used by the llm. """
    base_url: None | str | Unset = UNSET
    """ The base URL for the OpenAI compatible endpoint if you are using your own llm. """
    api_key: None | str | Unset = UNSET
    """ The API key for the OpenAI compatible endpoint if you are using your own llm. """
    tools: (
        list[ListPersonasResponse200DataType0ItemLayersType0LlmType0ToolsType0Item]
        | None
        | Unset
    ) = UNSET
    """ Optional tools to provide to your custom LLM """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item = tools_type_0_item_data.to_dict()
                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_personas_response_200_data_type_0_item_layers_type_0_llm_type_0_tools_type_0_item import (
            ListPersonasResponse200DataType0ItemLayersType0LlmType0ToolsType0Item,
        )

        d = dict(src_dict)

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_url = _parse_base_url(d.pop("base_url", UNSET))

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_tools(
            data: object,
        ) -> (
            list[ListPersonasResponse200DataType0ItemLayersType0LlmType0ToolsType0Item]
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
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:
                    tools_type_0_item = ListPersonasResponse200DataType0ItemLayersType0LlmType0ToolsType0Item.from_dict(
                        tools_type_0_item_data
                    )

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ListPersonasResponse200DataType0ItemLayersType0LlmType0ToolsType0Item
                ]
                | None
                | Unset,
                data,
            )

        tools = _parse_tools(d.pop("tools", UNSET))

        list_personas_response_200_data_type_0_item_layers_type_0_llm_type_0 = cls(
            model=model,
            base_url=base_url,
            api_key=api_key,
            tools=tools,
        )

        list_personas_response_200_data_type_0_item_layers_type_0_llm_type_0.additional_properties = d
        return list_personas_response_200_data_type_0_item_layers_type_0_llm_type_0

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
