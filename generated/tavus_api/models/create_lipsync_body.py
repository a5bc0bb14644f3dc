from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLipsyncBody")


@_attrs_define
class CreateLipsyncBody:
    original_video_url: str
    """ A direct link to the video that will be modified. This should be a publicly accessible / presigned S3 URL.
    """
    source_audio_url: str
    """ A direct link to the audio file that will be synchronized with the video. This should be a publicly
    accessible / presigned S3 URL. """
    lipsync_name: str | Unset = UNSET
    """ An optional name for the lipsync video. """
    callback_url: str | Unset = UNSET
    """ A url that will receive a callback on completion of the lipsync or on error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_video_url = self.original_video_url

        source_audio_url = self.source_audio_url

        lipsync_name = self.lipsync_name

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "original_video_url": original_video_url,
                "source_audio_url": source_audio_url,
            }
        )
        if lipsync_name is not UNSET:
            field_dict["lipsync_name"] = lipsync_name
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_video_url = d.pop("original_video_url")

        source_audio_url = d.pop("source_audio_url")

        lipsync_name = d.pop("lipsync_name", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        create_lipsync_body = cls(
            original_video_url=original_video_url,
            source_audio_url=source_audio_url,
            lipsync_name=lipsync_name,
            callback_url=callback_url,
        )

        create_lipsync_body.additional_properties = d
        return create_lipsync_body

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
