from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_guardrails_body_data_item_modality import (
    CreateGuardrailsBodyDataItemModality,
    check_create_guardrails_body_data_item_modality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateGuardrailsBodyDataItem")


@_attrs_define
class CreateGuardrailsBodyDataItem:
    guardrail_name: str
    """ A descriptive name for the guardrail. Only alphanumeric characters and underscores are allowed. """
    guardrail_prompt: str
    """ The detailed prompt that defines the behavioral boundaries and restrictions """
    modality: CreateGuardrailsBodyDataItemModality | Unset = "verbal"
    """ The communication modality for the guardrail. If set to `verbal`, the guardrail will be enforced by the
    user's responses. If set `visual`, the guardrail can only be enforced by visual / perception cues observed by
    Raven """
    callback_url: str | Unset = UNSET
    """ Optional URL that will receive notifications when the guardrail is triggered """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guardrail_name = self.guardrail_name

        guardrail_prompt = self.guardrail_prompt

        modality: str | Unset = UNSET
        if not isinstance(self.modality, Unset):
            modality = self.modality

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guardrail_name": guardrail_name,
                "guardrail_prompt": guardrail_prompt,
            }
        )
        if modality is not UNSET:
            field_dict["modality"] = modality
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guardrail_name = d.pop("guardrail_name")

        guardrail_prompt = d.pop("guardrail_prompt")

        _modality = d.pop("modality", UNSET)
        modality: CreateGuardrailsBodyDataItemModality | Unset
        if isinstance(_modality, Unset):
            modality = UNSET
        else:
            modality = check_create_guardrails_body_data_item_modality(_modality)

        callback_url = d.pop("callback_url", UNSET)

        create_guardrails_body_data_item = cls(
            guardrail_name=guardrail_name,
            guardrail_prompt=guardrail_prompt,
            modality=modality,
            callback_url=callback_url,
        )

        create_guardrails_body_data_item.additional_properties = d
        return create_guardrails_body_data_item

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
