from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_voices_response_200_data_type_0_item_tags_type_0_item import (
        GetVoicesResponse200DataType0ItemTagsType0Item,
    )


T = TypeVar("T", bound="GetVoicesResponse200DataType0Item")


@_attrs_define
class GetVoicesResponse200DataType0Item:
    voice_name: None | str | Unset = UNSET
    """ Slug to pass as **`voice_name`** on Create Replica (image-to-replica). """
    replica_id: None | str | Unset = UNSET
    """ Replica identifier associated with this voice. """
    audio_url: None | str | Unset = UNSET
    """ Optional preview URL (e.g. sample clip) when available. """
    tags: list[GetVoicesResponse200DataType0ItemTagsType0Item] | None | Unset = UNSET
    """ Tags from the replica record (e.g. for filtering). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_name: None | str | Unset
        if isinstance(self.voice_name, Unset):
            voice_name = UNSET
        else:
            voice_name = self.voice_name

        replica_id: None | str | Unset
        if isinstance(self.replica_id, Unset):
            replica_id = UNSET
        else:
            replica_id = self.replica_id

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice_name is not UNSET:
            field_dict["voice_name"] = voice_name
        if replica_id is not UNSET:
            field_dict["replica_id"] = replica_id
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_voices_response_200_data_type_0_item_tags_type_0_item import (
            GetVoicesResponse200DataType0ItemTagsType0Item,
        )

        d = dict(src_dict)

        def _parse_voice_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_name = _parse_voice_name(d.pop("voice_name", UNSET))

        def _parse_replica_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replica_id = _parse_replica_id(d.pop("replica_id", UNSET))

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        def _parse_tags(
            data: object,
        ) -> list[GetVoicesResponse200DataType0ItemTagsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = (
                        GetVoicesResponse200DataType0ItemTagsType0Item.from_dict(
                            tags_type_0_item_data
                        )
                    )

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[GetVoicesResponse200DataType0ItemTagsType0Item] | None | Unset,
                data,
            )

        tags = _parse_tags(d.pop("tags", UNSET))

        get_voices_response_200_data_type_0_item = cls(
            voice_name=voice_name,
            replica_id=replica_id,
            audio_url=audio_url,
            tags=tags,
        )

        get_voices_response_200_data_type_0_item.additional_properties = d
        return get_voices_response_200_data_type_0_item

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
