from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_video_body_properties import GenerateVideoBodyProperties


T = TypeVar("T", bound="GenerateVideoBody")


@_attrs_define
class GenerateVideoBody:
    replica_id: str
    """ A unique identifier for the replica that will be used to generate the video. """
    video_name: str | Unset = UNSET
    """ A name for the video. """
    background_url: str | Unset = UNSET
    """ A link to a website. This will be used as the background for the video. The website must be publicly
    accessible and properly formed. """
    background_source_url: str | Unset = UNSET
    """ A direct link to a video that is publicly accessible via a storage location such as an S3 bucket. This will
    be used as the background for the video. The video must be publicly accessible. """
    callback_url: str | Unset = UNSET
    """ A url that will receive a callback on completion of video generation or on error. """
    fast: bool | Unset = UNSET
    """ If set to true, the video will be generated using a barebones fast rendering process. This will result in a
    faster generation of the video but some features will be disabled. Features such as background generation,
    thumbnail images, and streaming urls are not supported when using this fast rendering process. """
    transparent_background: bool | Unset = UNSET
    """ If set to true, the generated video will be a `.webm` video with a transparent background.

    Please note that this feature only works if the `fast` parameter is set to `true`.
     """
    watermark_image_url: str | Unset = UNSET
    """ A direct link to a image that is publicly accessible via a storage location such as an S3 bucket. This will
    be used as the watermark on the video. Currently, it support `png` & `jpeg` formats only. Ensure the image is
    publicly accessible. """
    properties: GenerateVideoBodyProperties | Unset = UNSET
    script: str | Unset = UNSET
    """ A text script that will be used to generate the audio in the video. Exactly one of `script` and `audio_url`
    is required. """
    audio_url: str | Unset = UNSET
    """ A download link to a publicly accessible .wav or .mp3 file used as the audio of the video. Exactly one of
    `script` and `audio_url` is required. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replica_id = self.replica_id

        video_name = self.video_name

        background_url = self.background_url

        background_source_url = self.background_source_url

        callback_url = self.callback_url

        fast = self.fast

        transparent_background = self.transparent_background

        watermark_image_url = self.watermark_image_url

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        script = self.script

        audio_url = self.audio_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "replica_id": replica_id,
            }
        )
        if video_name is not UNSET:
            field_dict["video_name"] = video_name
        if background_url is not UNSET:
            field_dict["background_url"] = background_url
        if background_source_url is not UNSET:
            field_dict["background_source_url"] = background_source_url
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if fast is not UNSET:
            field_dict["fast"] = fast
        if transparent_background is not UNSET:
            field_dict["transparent_background"] = transparent_background
        if watermark_image_url is not UNSET:
            field_dict["watermark_image_url"] = watermark_image_url
        if properties is not UNSET:
            field_dict["properties"] = properties
        if script is not UNSET:
            field_dict["script"] = script
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.generate_video_body_properties import GenerateVideoBodyProperties

        d = dict(src_dict)
        replica_id = d.pop("replica_id")

        video_name = d.pop("video_name", UNSET)

        background_url = d.pop("background_url", UNSET)

        background_source_url = d.pop("background_source_url", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        fast = d.pop("fast", UNSET)

        transparent_background = d.pop("transparent_background", UNSET)

        watermark_image_url = d.pop("watermark_image_url", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: GenerateVideoBodyProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = GenerateVideoBodyProperties.from_dict(_properties)

        script = d.pop("script", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        generate_video_body = cls(
            replica_id=replica_id,
            video_name=video_name,
            background_url=background_url,
            background_source_url=background_source_url,
            callback_url=callback_url,
            fast=fast,
            transparent_background=transparent_background,
            watermark_image_url=watermark_image_url,
            properties=properties,
            script=script,
            audio_url=audio_url,
        )

        generate_video_body.additional_properties = d
        return generate_video_body

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
