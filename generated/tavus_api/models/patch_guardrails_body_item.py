from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patch_guardrails_body_item_op import (
    PatchGuardrailsBodyItemOp,
    check_patch_guardrails_body_item_op,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchGuardrailsBodyItem")


@_attrs_define
class PatchGuardrailsBodyItem:
    op: PatchGuardrailsBodyItemOp
    """ The operation to perform. Must be one of: add, remove, replace, copy, move, test """
    path: str
    """ JSON Pointer (RFC 6901) to a location in the guardrails document. Paths must match the **current** document
    shape—compare the response from [Get Guardrails](/api-reference/guardrails/get-guardrails) (`GET
    /v2/guardrails/{guardrails_id}`) before patching.
     """
    value: Any | Unset = UNSET
    """ The value to be used within the operation. **This field is not required for the `remove` operation**. """
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
        op = check_patch_guardrails_body_item_op(d.pop("op"))

        path = d.pop("path")

        value = d.pop("value", UNSET)

        patch_guardrails_body_item = cls(
            op=op,
            path=path,
            value=value,
        )

        patch_guardrails_body_item.additional_properties = d
        return patch_guardrails_body_item

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
