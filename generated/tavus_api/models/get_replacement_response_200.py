from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetReplacementResponse200")


@_attrs_define
class GetReplacementResponse200:
    replacement_id: None | str | Unset = UNSET
    """ A unique identifier for the replacement. """
    replacement_name: None | str | Unset = UNSET
    """ The name of the replacement. """
    status: None | str | Unset = UNSET
    """ The status of the replacement. """
    created_at: None | str | Unset = UNSET
    """ The date and time the replacement was created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replacement_id: None | str | Unset
        if isinstance(self.replacement_id, Unset):
            replacement_id = UNSET
        else:
            replacement_id = self.replacement_id

        replacement_name: None | str | Unset
        if isinstance(self.replacement_name, Unset):
            replacement_name = UNSET
        else:
            replacement_name = self.replacement_name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replacement_id is not UNSET:
            field_dict["replacement_id"] = replacement_id
        if replacement_name is not UNSET:
            field_dict["replacement_name"] = replacement_name
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_replacement_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replacement_id = _parse_replacement_id(d.pop("replacement_id", UNSET))

        def _parse_replacement_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replacement_name = _parse_replacement_name(d.pop("replacement_name", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        get_replacement_response_200 = cls(
            replacement_id=replacement_id,
            replacement_name=replacement_name,
            status=status,
            created_at=created_at,
        )

        get_replacement_response_200.additional_properties = d
        return get_replacement_response_200

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
