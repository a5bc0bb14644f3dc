from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetGuardrailResponse200DataType0")


@_attrs_define
class GetGuardrailResponse200DataType0:
    guardrail_name: None | str | Unset = UNSET
    """ Name of the individual guardrail. Only alphanumeric characters and underscores are allowed. """
    guardrail_prompt: None | str | Unset = UNSET
    """ The detailed prompt that defines the behavioral boundaries and restrictions """
    modality: None | str | Unset = "verbal"
    """ The communication modality for an individual guardrail. If set to `verbal`, the guardrail will be enforced
    by the user's responses. If set `visual`, the guardrail can only be enforced by visual / perception cues
    observed by Raven """
    callback_url: None | str | Unset = UNSET
    """ URL that will receive notifications when the guardrail is triggered """
    created_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp of when the guardrails were created """
    updated_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp of when the guardrails were last updated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guardrail_name: None | str | Unset
        if isinstance(self.guardrail_name, Unset):
            guardrail_name = UNSET
        else:
            guardrail_name = self.guardrail_name

        guardrail_prompt: None | str | Unset
        if isinstance(self.guardrail_prompt, Unset):
            guardrail_prompt = UNSET
        else:
            guardrail_prompt = self.guardrail_prompt

        modality: None | str | Unset
        if isinstance(self.modality, Unset):
            modality = UNSET
        else:
            modality = self.modality

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

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
        if guardrail_name is not UNSET:
            field_dict["guardrail_name"] = guardrail_name
        if guardrail_prompt is not UNSET:
            field_dict["guardrail_prompt"] = guardrail_prompt
        if modality is not UNSET:
            field_dict["modality"] = modality
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_guardrail_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guardrail_name = _parse_guardrail_name(d.pop("guardrail_name", UNSET))

        def _parse_guardrail_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guardrail_prompt = _parse_guardrail_prompt(d.pop("guardrail_prompt", UNSET))

        def _parse_modality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modality = _parse_modality(d.pop("modality", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

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

        get_guardrail_response_200_data_type_0 = cls(
            guardrail_name=guardrail_name,
            guardrail_prompt=guardrail_prompt,
            modality=modality,
            callback_url=callback_url,
            created_at=created_at,
            updated_at=updated_at,
        )

        get_guardrail_response_200_data_type_0.additional_properties = d
        return get_guardrail_response_200_data_type_0

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
