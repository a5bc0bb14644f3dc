from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListLipsyncsResponse200DataType0Item")


@_attrs_define
class ListLipsyncsResponse200DataType0Item:
    lipsync_id: None | str | Unset = UNSET
    """ A unique identifier for the lipsync request. """
    lipsync_name: None | str | Unset = UNSET
    """ The name of the lipsync video. """
    status: None | str | Unset = UNSET
    """ The status of the lipsync request. Can be either `started`, `completed`, or `error`. """
    created_at: None | str | Unset = UNSET
    """ The date and time the lipsync request was created. """
    video_url: None | str | Unset = UNSET
    """ The URL to download the completed lipsync video. """
    request_id: None | str | Unset = UNSET
    """ Legacy field - will be removed soon. Use lipsync_id instead. """
    request_name: None | str | Unset = UNSET
    """ Legacy field - will be removed soon. Use lipsync_name instead. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lipsync_id: None | str | Unset
        if isinstance(self.lipsync_id, Unset):
            lipsync_id = UNSET
        else:
            lipsync_id = self.lipsync_id

        lipsync_name: None | str | Unset
        if isinstance(self.lipsync_name, Unset):
            lipsync_name = UNSET
        else:
            lipsync_name = self.lipsync_name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        request_name: None | str | Unset
        if isinstance(self.request_name, Unset):
            request_name = UNSET
        else:
            request_name = self.request_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lipsync_id is not UNSET:
            field_dict["lipsync_id"] = lipsync_id
        if lipsync_name is not UNSET:
            field_dict["lipsync_name"] = lipsync_name
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if request_name is not UNSET:
            field_dict["request_name"] = request_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_lipsync_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lipsync_id = _parse_lipsync_id(d.pop("lipsync_id", UNSET))

        def _parse_lipsync_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lipsync_name = _parse_lipsync_name(d.pop("lipsync_name", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_request_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_name = _parse_request_name(d.pop("request_name", UNSET))

        list_lipsyncs_response_200_data_type_0_item = cls(
            lipsync_id=lipsync_id,
            lipsync_name=lipsync_name,
            status=status,
            created_at=created_at,
            video_url=video_url,
            request_id=request_id,
            request_name=request_name,
        )

        list_lipsyncs_response_200_data_type_0_item.additional_properties = d
        return list_lipsyncs_response_200_data_type_0_item

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
