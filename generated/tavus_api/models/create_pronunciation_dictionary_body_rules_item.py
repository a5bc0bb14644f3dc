from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_pronunciation_dictionary_body_rules_item_type import (
    CreatePronunciationDictionaryBodyRulesItemType,
    check_create_pronunciation_dictionary_body_rules_item_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePronunciationDictionaryBodyRulesItem")


@_attrs_define
class CreatePronunciationDictionaryBodyRulesItem:
    text: str
    """ The word or phrase to match. Max 200 characters. """
    pronunciation: str
    """ How the text should be pronounced. For `alias` type, this is the replacement text. For `ipa` type, this is
    an IPA string (raw or pipe-delimited). Max 500 characters. """
    type_: CreatePronunciationDictionaryBodyRulesItemType
    """ Rule type. One of `alias` or `ipa`. """
    case_sensitive: bool | Unset = False
    """ Whether matching is case-sensitive. """
    word_boundaries: bool | Unset = True
    """ Whether to match only whole words. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        pronunciation = self.pronunciation

        type_: str = self.type_

        case_sensitive = self.case_sensitive

        word_boundaries = self.word_boundaries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "pronunciation": pronunciation,
                "type": type_,
            }
        )
        if case_sensitive is not UNSET:
            field_dict["case_sensitive"] = case_sensitive
        if word_boundaries is not UNSET:
            field_dict["word_boundaries"] = word_boundaries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        pronunciation = d.pop("pronunciation")

        type_ = check_create_pronunciation_dictionary_body_rules_item_type(
            d.pop("type")
        )

        case_sensitive = d.pop("case_sensitive", UNSET)

        word_boundaries = d.pop("word_boundaries", UNSET)

        create_pronunciation_dictionary_body_rules_item = cls(
            text=text,
            pronunciation=pronunciation,
            type_=type_,
            case_sensitive=case_sensitive,
            word_boundaries=word_boundaries,
        )

        create_pronunciation_dictionary_body_rules_item.additional_properties = d
        return create_pronunciation_dictionary_body_rules_item

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
