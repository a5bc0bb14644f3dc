from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_videos_response_200_data_type_0_item_data_type_0 import (
        ListVideosResponse200DataType0ItemDataType0,
    )


T = TypeVar("T", bound="ListVideosResponse200DataType0Item")


@_attrs_define
class ListVideosResponse200DataType0Item:
    video_id: None | str | Unset = UNSET
    """ A unique identifier for the video. """
    video_name: None | str | Unset = UNSET
    """ A name for the video. """
    status: None | str | Unset = UNSET
    """ The status of the video. Possible values: queued, generating, ready, deleted, error. """
    data: ListVideosResponse200DataType0ItemDataType0 | None | Unset = UNSET
    download_url: None | str | Unset = UNSET
    """ A link to download the video. """
    hosted_url: None | str | Unset = UNSET
    """ A link to view the video. """
    stream_url: None | str | Unset = UNSET
    """ A link to stream the video. """
    status_details: None | str | Unset = UNSET
    """ A detailed status of the video. """
    background_url: None | str | Unset = UNSET
    """ A link to a website. This will be used as the background for the video. The website must be publicly
    accessible and properly formed. """
    background_source_url: None | str | Unset = UNSET
    """ A direct link to a video that is publicly accessible via a storage location such as an S3 bucket. This will
    be used as the background for the video. The video must be publicly accessible. """
    still_image_thumbnail_url: None | str | Unset = UNSET
    """ A link to a still image that is a thumbnail of the video. """
    gif_thumbnail_url: None | str | Unset = UNSET
    """ A link to a gif that is a thumbnail of the video. """
    error_details: None | str | Unset = UNSET
    """ If the video has an error, this will contain the error message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_videos_response_200_data_type_0_item_data_type_0 import (
            ListVideosResponse200DataType0ItemDataType0,
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
        elif isinstance(self.data, ListVideosResponse200DataType0ItemDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        hosted_url: None | str | Unset
        if isinstance(self.hosted_url, Unset):
            hosted_url = UNSET
        else:
            hosted_url = self.hosted_url

        stream_url: None | str | Unset
        if isinstance(self.stream_url, Unset):
            stream_url = UNSET
        else:
            stream_url = self.stream_url

        status_details: None | str | Unset
        if isinstance(self.status_details, Unset):
            status_details = UNSET
        else:
            status_details = self.status_details

        background_url: None | str | Unset
        if isinstance(self.background_url, Unset):
            background_url = UNSET
        else:
            background_url = self.background_url

        background_source_url: None | str | Unset
        if isinstance(self.background_source_url, Unset):
            background_source_url = UNSET
        else:
            background_source_url = self.background_source_url

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

        error_details: None | str | Unset
        if isinstance(self.error_details, Unset):
            error_details = UNSET
        else:
            error_details = self.error_details

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
        if hosted_url is not UNSET:
            field_dict["hosted_url"] = hosted_url
        if stream_url is not UNSET:
            field_dict["stream_url"] = stream_url
        if status_details is not UNSET:
            field_dict["status_details"] = status_details
        if background_url is not UNSET:
            field_dict["background_url"] = background_url
        if background_source_url is not UNSET:
            field_dict["background_source_url"] = background_source_url
        if still_image_thumbnail_url is not UNSET:
            field_dict["still_image_thumbnail_url"] = still_image_thumbnail_url
        if gif_thumbnail_url is not UNSET:
            field_dict["gif_thumbnail_url"] = gif_thumbnail_url
        if error_details is not UNSET:
            field_dict["error_details"] = error_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_videos_response_200_data_type_0_item_data_type_0 import (
            ListVideosResponse200DataType0ItemDataType0,
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

        def _parse_data(
            data: object,
        ) -> ListVideosResponse200DataType0ItemDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ListVideosResponse200DataType0ItemDataType0.from_dict(
                    data
                )

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListVideosResponse200DataType0ItemDataType0 | None | Unset, data
            )

        data = _parse_data(d.pop("data", UNSET))

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("download_url", UNSET))

        def _parse_hosted_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hosted_url = _parse_hosted_url(d.pop("hosted_url", UNSET))

        def _parse_stream_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stream_url = _parse_stream_url(d.pop("stream_url", UNSET))

        def _parse_status_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_details = _parse_status_details(d.pop("status_details", UNSET))

        def _parse_background_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        background_url = _parse_background_url(d.pop("background_url", UNSET))

        def _parse_background_source_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        background_source_url = _parse_background_source_url(
            d.pop("background_source_url", UNSET)
        )

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

        def _parse_error_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_details = _parse_error_details(d.pop("error_details", UNSET))

        list_videos_response_200_data_type_0_item = cls(
            video_id=video_id,
            video_name=video_name,
            status=status,
            data=data,
            download_url=download_url,
            hosted_url=hosted_url,
            stream_url=stream_url,
            status_details=status_details,
            background_url=background_url,
            background_source_url=background_source_url,
            still_image_thumbnail_url=still_image_thumbnail_url,
            gif_thumbnail_url=gif_thumbnail_url,
            error_details=error_details,
        )

        list_videos_response_200_data_type_0_item.additional_properties = d
        return list_videos_response_200_data_type_0_item

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
