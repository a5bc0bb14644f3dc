from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolCallProperties")


@_attrs_define
class ToolCallProperties:
    """Function name and serialized arguments from the LLM. Tavus does not execute tools server-side—your app performs the
    call per your integration.

    """

    name: str
    """ Function / tool name. """
    arguments: str
    """ Serialized tool arguments (typically a JSON string from the LLM). """
    tool_call_id: str | Unset = UNSET
    """ Correlation id for the tool call; omitted when empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        arguments = self.arguments

        tool_call_id = self.tool_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "arguments": arguments,
            }
        )
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        arguments = d.pop("arguments")

        tool_call_id = d.pop("tool_call_id", UNSET)

        tool_call_properties = cls(
            name=name,
            arguments=arguments,
            tool_call_id=tool_call_id,
        )

        tool_call_properties.additional_properties = d
        return tool_call_properties

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
