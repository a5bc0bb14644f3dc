from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_pronunciation_dictionaries_response_200_data_type_0_item import (
        ListPronunciationDictionariesResponse200DataType0Item,
    )


T = TypeVar("T", bound="ListPronunciationDictionariesResponse200")


@_attrs_define
class ListPronunciationDictionariesResponse200:
    data: list[ListPronunciationDictionariesResponse200DataType0Item] | None | Unset = (
        UNSET
    )
    """ Dictionaries for the current page; use `total_count`, `page`, and `limit` with the query parameters for
    pagination. """
    total_count: int | None | Unset = UNSET
    """ Total number of pronunciation dictionaries for the user """
    page: int | None | Unset = UNSET
    """ Current page number """
    limit: int | None | Unset = UNSET
    """ Number of dictionaries per page """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_pronunciation_dictionaries_response_200_data_type_0_item import (
            ListPronunciationDictionariesResponse200DataType0Item,
        )

        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> list[ListPronunciationDictionariesResponse200DataType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = (
                        ListPronunciationDictionariesResponse200DataType0Item.from_dict(
                            data_type_0_item_data
                        )
                    )

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ListPronunciationDictionariesResponse200DataType0Item]
                | None
                | Unset,
                data,
            )

        data = _parse_data(d.pop("data", UNSET))

        def _parse_total_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_count = _parse_total_count(d.pop("total_count", UNSET))

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        list_pronunciation_dictionaries_response_200 = cls(
            data=data,
            total_count=total_count,
            page=page,
            limit=limit,
        )

        list_pronunciation_dictionaries_response_200.additional_properties = d
        return list_pronunciation_dictionaries_response_200

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
