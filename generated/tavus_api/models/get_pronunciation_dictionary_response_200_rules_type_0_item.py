from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPronunciationDictionaryResponse200RulesType0Item")


@_attrs_define
class GetPronunciationDictionaryResponse200RulesType0Item:
    text: None | str | Unset = UNSET
    pronunciation: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    case_sensitive: bool | None | Unset = UNSET
    word_boundaries: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        pronunciation: None | str | Unset
        if isinstance(self.pronunciation, Unset):
            pronunciation = UNSET
        else:
            pronunciation = self.pronunciation

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        case_sensitive: bool | None | Unset
        if isinstance(self.case_sensitive, Unset):
            case_sensitive = UNSET
        else:
            case_sensitive = self.case_sensitive

        word_boundaries: bool | None | Unset
        if isinstance(self.word_boundaries, Unset):
            word_boundaries = UNSET
        else:
            word_boundaries = self.word_boundaries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if pronunciation is not UNSET:
            field_dict["pronunciation"] = pronunciation
        if type_ is not UNSET:
            field_dict["type"] = type_
        if case_sensitive is not UNSET:
            field_dict["case_sensitive"] = case_sensitive
        if word_boundaries is not UNSET:
            field_dict["word_boundaries"] = word_boundaries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_pronunciation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pronunciation = _parse_pronunciation(d.pop("pronunciation", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_case_sensitive(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        case_sensitive = _parse_case_sensitive(d.pop("case_sensitive", UNSET))

        def _parse_word_boundaries(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        word_boundaries = _parse_word_boundaries(d.pop("word_boundaries", UNSET))

        get_pronunciation_dictionary_response_200_rules_type_0_item = cls(
            text=text,
            pronunciation=pronunciation,
            type_=type_,
            case_sensitive=case_sensitive,
            word_boundaries=word_boundaries,
        )

        get_pronunciation_dictionary_response_200_rules_type_0_item.additional_properties = d
        return get_pronunciation_dictionary_response_200_rules_type_0_item

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
