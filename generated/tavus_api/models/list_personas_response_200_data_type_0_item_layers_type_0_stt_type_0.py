from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListPersonasResponse200DataType0ItemLayersType0SttType0")


@_attrs_define
class ListPersonasResponse200DataType0ItemLayersType0SttType0:
    """**Note**: Turn-taking is now configured on the [Conversational Flow layer](/sections/conversational-video-
    interface/persona/conversational-flow).

    """

    stt_engine: None | str | Unset = "tavus-auto"
    """ The STT engine used for transcription. `tavus-auto` (default, recommended) automatically selects the best
    model. `tavus-parakeet` offers highest throughput for English and European languages. `tavus-soniox` is purpose-
    built for Indian languages. `tavus-whisper` provides broad multilingual coverage. `tavus-deepgram-medical` is
    optimized for clinical vocabulary (English only). `tavus-advanced` is deprecated. """
    hotwords: None | str | Unset = UNSET
    """ The hotwords that will be used for the STT engine. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stt_engine: None | str | Unset
        if isinstance(self.stt_engine, Unset):
            stt_engine = UNSET
        else:
            stt_engine = self.stt_engine

        hotwords: None | str | Unset
        if isinstance(self.hotwords, Unset):
            hotwords = UNSET
        else:
            hotwords = self.hotwords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stt_engine is not UNSET:
            field_dict["stt_engine"] = stt_engine
        if hotwords is not UNSET:
            field_dict["hotwords"] = hotwords

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_stt_engine(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stt_engine = _parse_stt_engine(d.pop("stt_engine", UNSET))

        def _parse_hotwords(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hotwords = _parse_hotwords(d.pop("hotwords", UNSET))

        list_personas_response_200_data_type_0_item_layers_type_0_stt_type_0 = cls(
            stt_engine=stt_engine,
            hotwords=hotwords,
        )

        list_personas_response_200_data_type_0_item_layers_type_0_stt_type_0.additional_properties = d
        return list_personas_response_200_data_type_0_item_layers_type_0_stt_type_0

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
