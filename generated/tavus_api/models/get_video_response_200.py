from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_video_response_200_data_type_0 import GetVideoResponse200DataType0


T = TypeVar("T", bound="GetVideoResponse200")


@_attrs_define
class GetVideoResponse200:
    video_id: None | str | Unset = UNSET
    """ A unique identifier for the video. """
    video_name: None | str | Unset = UNSET
    """ The name of the video. """
    status: None | str | Unset = UNSET
    """ Lifecycle status; possible values: `queued`, `generating`, `ready`, `deleted`, `error`. When `ready`,
    `download_url`, `stream_url`, and `hosted_url` are populated for download, stream, and viewing respectively. """
    data: GetVideoResponse200DataType0 | None | Unset = UNSET
    download_url: None | str | Unset = UNSET
    """ A direct link to download your generated video (populated when `status` is `ready`). """
    stream_url: None | str | Unset = UNSET
    """ A direct link to stream your generated video (populated when `status` is `ready`). """
    hosted_url: None | str | Unset = UNSET
    """ A direct link to view your generated video, hosted by Tavus (populated when `status` is `ready`). """
    status_details: None | str | Unset = UNSET
    """ A detailed status of the video. """
    created_at: None | str | Unset = UNSET
    """ The date and time the video was created. """
    updated_at: None | str | Unset = UNSET
    """ The date and time of when the video was last updated. """
    still_image_thumbnail_url: None | str | Unset = UNSET
    """ Included if the `verbose` query parameter is set to true. A link to an image thumbnail of the video. """
    gif_thumbnail_url: None | str | Unset = UNSET
    """ Included if the `verbose` query parameter is set to true. A link to a gif thumbnail of the video. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_video_response_200_data_type_0 import (
            GetVideoResponse200DataType0,
        )

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

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, GetVideoResponse200DataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        stream_url: None | str | Unset
        if isinstance(self.stream_url, Unset):
            stream_url = UNSET
        else:
            stream_url = self.stream_url

        hosted_url: None | str | Unset
        if isinstance(self.hosted_url, Unset):
            hosted_url = UNSET
        else:
            hosted_url = self.hosted_url

        status_details: None | str | Unset
        if isinstance(self.status_details, Unset):
            status_details = UNSET
        else:
            status_details = self.status_details

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

        still_image_thumbnail_url: None | str | Unset
        if isinstance(self.still_image_thumbnail_url, Unset):
            still_image_thumbnail_url = UNSET
        else:
            still_image_thumbnail_url = self.still_image_thumbnail_url

        gif_thumbnail_url: None | str | Unset
        if isinstance(self.gif_thumbnail_url, Unset):
            gif_thumbnail_url = UNSET
        else:
            gif_thumbnail_url = self.gif_thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if video_name is not UNSET:
            field_dict["video_name"] = video_name
        if status is not UNSET:
            field_dict["status"] = status
        if data is not UNSET:
            field_dict["data"] = data
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if stream_url is not UNSET:
            field_dict["stream_url"] = stream_url
        if hosted_url is not UNSET:
            field_dict["hosted_url"] = hosted_url
        if status_details is not UNSET:
            field_dict["status_details"] = status_details
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if still_image_thumbnail_url is not UNSET:
            field_dict["still_image_thumbnail_url"] = still_image_thumbnail_url
        if gif_thumbnail_url is not UNSET:
            field_dict["gif_thumbnail_url"] = gif_thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_video_response_200_data_type_0 import (
            GetVideoResponse200DataType0,
        )

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

        def _parse_data(data: object) -> GetVideoResponse200DataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = GetVideoResponse200DataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetVideoResponse200DataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("download_url", UNSET))

        def _parse_stream_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stream_url = _parse_stream_url(d.pop("stream_url", UNSET))

        def _parse_hosted_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hosted_url = _parse_hosted_url(d.pop("hosted_url", UNSET))

        def _parse_status_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_details = _parse_status_details(d.pop("status_details", UNSET))

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

        def _parse_still_image_thumbnail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        still_image_thumbnail_url = _parse_still_image_thumbnail_url(
            d.pop("still_image_thumbnail_url", UNSET)
        )

        def _parse_gif_thumbnail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gif_thumbnail_url = _parse_gif_thumbnail_url(d.pop("gif_thumbnail_url", UNSET))

        get_video_response_200 = cls(
            video_id=video_id,
            video_name=video_name,
            status=status,
            data=data,
            download_url=download_url,
            stream_url=stream_url,
            hosted_url=hosted_url,
            status_details=status_details,
            created_at=created_at,
            updated_at=updated_at,
            still_image_thumbnail_url=still_image_thumbnail_url,
            gif_thumbnail_url=gif_thumbnail_url,
        )

        get_video_response_200.additional_properties = d
        return get_video_response_200

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
