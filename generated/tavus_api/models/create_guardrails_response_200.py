from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateGuardrailsResponse200")


@_attrs_define
class CreateGuardrailsResponse200:
    guardrails_id: None | str | Unset = UNSET
    """ Unique identifier for the created guardrails """
    guardrails_name: None | str | Unset = UNSET
    """ Name of the guardrails """
    status: None | str | Unset = UNSET
    """ Current status of the guardrails """
    created_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp of when the guardrails were created """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guardrails_id: None | str | Unset
        if isinstance(self.guardrails_id, Unset):
            guardrails_id = UNSET
        else:
            guardrails_id = self.guardrails_id

        guardrails_name: None | str | Unset
        if isinstance(self.guardrails_name, Unset):
            guardrails_name = UNSET
        else:
            guardrails_name = self.guardrails_name

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
        if guardrails_id is not UNSET:
            field_dict["guardrails_id"] = guardrails_id
        if guardrails_name is not UNSET:
            field_dict["guardrails_name"] = guardrails_name
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

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

        def _parse_guardrails_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guardrails_name = _parse_guardrails_name(d.pop("guardrails_name", UNSET))

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

        create_guardrails_response_200 = cls(
            guardrails_id=guardrails_id,
            guardrails_name=guardrails_name,
            status=status,
            created_at=created_at,
        )

        create_guardrails_response_200.additional_properties = d
        return create_guardrails_response_200

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
