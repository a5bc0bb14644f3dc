from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.echo_properties_modality import (
    EchoPropertiesModality,
    check_echo_properties_modality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EchoProperties")


@_attrs_define
class EchoProperties:
    modality: EchoPropertiesModality | Unset = UNSET
    """ `text` (default) or `audio`. """
    text: str | Unset = UNSET
    """ Chunk of assistant text when `modality` is `text` (default). """
    audio: str | Unset = UNSET
    """ Base64 audio when `modality` is `audio` (PCM or pipeline-specific encoding). """
    sample_rate: int | Unset = 16000
    """ Sample rate for audio; defaults to `16000` when `modality` is `audio`. """
    inference_id: str | Unset = UNSET
    """ If omitted, server generates a UUID; if provided, normalized to a stable MD5-derived UUID for streaming
    chunks across multiple echo frames. """
    done: bool | Unset = UNSET
    """ Default `true` for text and `false` for audio in server defaults; set explicitly when streaming—keep `false`
    until the final audio chunk, then `true` or audio may be cut off. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modality: str | Unset = UNSET
        if not isinstance(self.modality, Unset):
            modality = self.modality

        text = self.text

        audio = self.audio

        sample_rate = self.sample_rate

        inference_id = self.inference_id

        done = self.done

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if modality is not UNSET:
            field_dict["modality"] = modality
        if text is not UNSET:
            field_dict["text"] = text
        if audio is not UNSET:
            field_dict["audio"] = audio
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if inference_id is not UNSET:
            field_dict["inference_id"] = inference_id
        if done is not UNSET:
            field_dict["done"] = done

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _modality = d.pop("modality", UNSET)
        modality: EchoPropertiesModality | Unset
        if isinstance(_modality, Unset):
            modality = UNSET
        else:
            modality = check_echo_properties_modality(_modality)

        text = d.pop("text", UNSET)

        audio = d.pop("audio", UNSET)

        sample_rate = d.pop("sample_rate", UNSET)

        inference_id = d.pop("inference_id", UNSET)

        done = d.pop("done", UNSET)

        echo_properties = cls(
            modality=modality,
            text=text,
            audio=audio,
            sample_rate=sample_rate,
            inference_id=inference_id,
            done=done,
        )

        echo_properties.additional_properties = d
        return echo_properties

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
