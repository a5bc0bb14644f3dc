from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateVideoResponse200")


@_attrs_define
class GenerateVideoResponse200:
    video_id: None | str | Unset = UNSET
    """ A unique identifier for the video. """
    video_name: None | str | Unset = UNSET
    """ The name of the video. """
    status: None | str | Unset = UNSET
    """ The status of the video. Possible values: queued, generating, ready, deleted, error. """
    hosted_url: None | str | Unset = UNSET
    """ A direct link to view your video once generation has completed, hosted by Tavus. """
    created_at: None | str | Unset = UNSET
    """ The date and time the video was created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id: None | str | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

        video_name: None | str | Unset
        if isinstance(self.video_name, Unset):
            video_name = UNSET
        else:
            video_name = self.video_name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        hosted_url: None | str | Unset
        if isinstance(self.hosted_url, Unset):
            hosted_url = UNSET
        else:
            hosted_url = self.hosted_url

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if video_name is not UNSET:
            field_dict["video_name"] = video_name
        if status is not UNSET:
            field_dict["status"] = status
        if hosted_url is not UNSET:
            field_dict["hosted_url"] = hosted_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_video_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_id = _parse_video_id(d.pop("video_id", UNSET))

        def _parse_video_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_name = _parse_video_name(d.pop("video_name", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_hosted_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hosted_url = _parse_hosted_url(d.pop("hosted_url", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        generate_video_response_200 = cls(
            video_id=video_id,
            video_name=video_name,
            status=status,
            hosted_url=hosted_url,
            created_at=created_at,
        )

        generate_video_response_200.additional_properties = d
        return generate_video_response_200

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
