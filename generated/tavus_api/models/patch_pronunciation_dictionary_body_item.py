from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patch_pronunciation_dictionary_body_item_op import (
    PatchPronunciationDictionaryBodyItemOp,
    check_patch_pronunciation_dictionary_body_item_op,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchPronunciationDictionaryBodyItem")


@_attrs_define
class PatchPronunciationDictionaryBodyItem:
    op: PatchPronunciationDictionaryBodyItemOp
    """ The operation to perform. Must be one of: add, remove, replace, copy, move, test """
    path: str
    """ A JSON Pointer string that references a location within the target document where the operation is
    performed. Supported paths: `/name`, `/rules`. """
    value: Any | Unset = UNSET
    """ The value to be used within the operation. Required unless using `remove`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op: str = self.op

        path = self.path

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "path": path,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        op = check_patch_pronunciation_dictionary_body_item_op(d.pop("op"))

        path = d.pop("path")

        value = d.pop("value", UNSET)

        patch_pronunciation_dictionary_body_item = cls(
            op=op,
            path=path,
            value=value,
        )

        patch_pronunciation_dictionary_body_item.additional_properties = d
        return patch_pronunciation_dictionary_body_item

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
