from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_guardrails_body_data_item import CreateGuardrailsBodyDataItem


T = TypeVar("T", bound="CreateGuardrailsBody")


@_attrs_define
class CreateGuardrailsBody:
    name: str | Unset = UNSET
    """ A descriptive name for the collection of individual guardrails """
    data: list[CreateGuardrailsBodyDataItem] | Unset = UNSET
    """ A list of individual guardrails """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_guardrails_body_data_item import (
            CreateGuardrailsBodyDataItem,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _data = d.pop("data", UNSET)
        data: list[CreateGuardrailsBodyDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = CreateGuardrailsBodyDataItem.from_dict(data_item_data)

                data.append(data_item)

        create_guardrails_body = cls(
            name=name,
            data=data,
        )

        create_guardrails_body.additional_properties = d
        return create_guardrails_body

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
