from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateReplacementBody")


@_attrs_define
class CreateReplacementBody:
    original_video_url: str
    """ A direct link to the video that will be modified. This should be a publicly accessible / presigned S3 URL.
    """
    new_transcript: str
    """ The new text that will replace the old text in the video. This should be an edited version of the text
    returned from the transcription service (referenced by transcription_id). Both the original transcription and
    this new text are used to identify which words to replace. """
    transcription_id: str | Unset = UNSET
    """ A unique identifier for the transcription. """
    callback_url: str | Unset = UNSET
    """ A url that will receive a callback on completion of the replacement or on error. """
    replacement_name: str | Unset = UNSET
    """ An optional name for the replacement. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_video_url = self.original_video_url

        new_transcript = self.new_transcript

        transcription_id = self.transcription_id

        callback_url = self.callback_url

        replacement_name = self.replacement_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "original_video_url": original_video_url,
                "new_transcript": new_transcript,
            }
        )
        if transcription_id is not UNSET:
            field_dict["transcription_id"] = transcription_id
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if replacement_name is not UNSET:
            field_dict["replacement_name"] = replacement_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_video_url = d.pop("original_video_url")

        new_transcript = d.pop("new_transcript")

        transcription_id = d.pop("transcription_id", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        replacement_name = d.pop("replacement_name", UNSET)

        create_replacement_body = cls(
            original_video_url=original_video_url,
            new_transcript=new_transcript,
            transcription_id=transcription_id,
            callback_url=callback_url,
            replacement_name=replacement_name,
        )

        create_replacement_body.additional_properties = d
        return create_replacement_body

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
