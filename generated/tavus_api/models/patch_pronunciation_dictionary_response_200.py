from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patch_pronunciation_dictionary_response_200_rules_type_0_item import (
        PatchPronunciationDictionaryResponse200RulesType0Item,
    )


T = TypeVar("T", bound="PatchPronunciationDictionaryResponse200")


@_attrs_define
class PatchPronunciationDictionaryResponse200:
    pronunciation_dictionary_id: None | str | Unset = UNSET
    """ Unique identifier for the pronunciation dictionary. """
    name: None | str | Unset = UNSET
    """ Name of the pronunciation dictionary. """
    rules: (
        list[PatchPronunciationDictionaryResponse200RulesType0Item] | None | Unset
    ) = UNSET
    """ List of pronunciation rules. """
    rules_count: int | None | Unset = UNSET
    """ Number of rules in the dictionary. """
    created_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp of when the dictionary was created. """
    updated_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp of when the dictionary was last updated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pronunciation_dictionary_id: None | str | Unset
        if isinstance(self.pronunciation_dictionary_id, Unset):
            pronunciation_dictionary_id = UNSET
        else:
            pronunciation_dictionary_id = self.pronunciation_dictionary_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, list):
            rules = []
            for rules_type_0_item_data in self.rules:
                rules_type_0_item = rules_type_0_item_data.to_dict()
                rules.append(rules_type_0_item)

        else:
            rules = self.rules

        rules_count: int | None | Unset
        if isinstance(self.rules_count, Unset):
            rules_count = UNSET
        else:
            rules_count = self.rules_count

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
        if pronunciation_dictionary_id is not UNSET:
            field_dict["pronunciation_dictionary_id"] = pronunciation_dictionary_id
        if name is not UNSET:
            field_dict["name"] = name
        if rules is not UNSET:
            field_dict["rules"] = rules
        if rules_count is not UNSET:
            field_dict["rules_count"] = rules_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.patch_pronunciation_dictionary_response_200_rules_type_0_item import (
            PatchPronunciationDictionaryResponse200RulesType0Item,
        )

        d = dict(src_dict)

        def _parse_pronunciation_dictionary_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pronunciation_dictionary_id = _parse_pronunciation_dictionary_id(
            d.pop("pronunciation_dictionary_id", UNSET)
        )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_rules(
            data: object,
        ) -> list[PatchPronunciationDictionaryResponse200RulesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rules_type_0 = []
                _rules_type_0 = data
                for rules_type_0_item_data in _rules_type_0:
                    rules_type_0_item = (
                        PatchPronunciationDictionaryResponse200RulesType0Item.from_dict(
                            rules_type_0_item_data
                        )
                    )

                    rules_type_0.append(rules_type_0_item)

                return rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[PatchPronunciationDictionaryResponse200RulesType0Item]
                | None
                | Unset,
                data,
            )

        rules = _parse_rules(d.pop("rules", UNSET))

        def _parse_rules_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rules_count = _parse_rules_count(d.pop("rules_count", UNSET))

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

        patch_pronunciation_dictionary_response_200 = cls(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            name=name,
            rules=rules,
            rules_count=rules_count,
            created_at=created_at,
            updated_at=updated_at,
        )

        patch_pronunciation_dictionary_response_200.additional_properties = d
        return patch_pronunciation_dictionary_response_200

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
