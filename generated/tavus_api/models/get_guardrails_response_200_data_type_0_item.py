from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetGuardrailsResponse200DataType0Item")


@_attrs_define
class GetGuardrailsResponse200DataType0Item:
    guardrails_id: None | str | Unset = UNSET
    """ Unique identifier for the guardrails """
    created_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp of when the guardrails were created """
    updated_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp of when the guardrails were last updated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guardrails_id: None | str | Unset
        if isinstance(self.guardrails_id, Unset):
            guardrails_id = UNSET
        else:
            guardrails_id = self.guardrails_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guardrails_id is not UNSET:
            field_dict["guardrails_id"] = guardrails_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_guardrails_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guardrails_id = _parse_guardrails_id(d.pop("guardrails_id", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        get_guardrails_response_200_data_type_0_item = cls(
            guardrails_id=guardrails_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        get_guardrails_response_200_data_type_0_item.additional_properties = d
        return get_guardrails_response_200_data_type_0_item

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
