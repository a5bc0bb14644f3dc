from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateReplicaBodyProperties")


@_attrs_define
class CreateReplicaBodyProperties:
    background_green_screen: bool | Unset = UNSET
    """ If set to true, the replica will have a green screen background. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background_green_screen = self.background_green_screen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background_green_screen is not UNSET:
            field_dict["background_green_screen"] = background_green_screen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        background_green_screen = d.pop("background_green_screen", UNSET)

        create_replica_body_properties = cls(
            background_green_screen=background_green_screen,
        )

        create_replica_body_properties.additional_properties = d
        return create_replica_body_properties

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
