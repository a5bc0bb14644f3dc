from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="ListPersonasResponse200DataType0ItemLayersType0TtsType0VoiceSettingsType0",
)


@_attrs_define
class ListPersonasResponse200DataType0ItemLayersType0TtsType0VoiceSettingsType0:
    """Optional voice settings to customize TTS behavior. For Cartesia we support inline Cartesia SSML settings
    (https://docs.cartesia.ai/build-with-cartesia/sonic-3/ssml-tags). For ElevenLabs we support: speed (0.7–1.2),
    stability (0.0–1.0), similarity_boost (0.0–1.0), style (0.0–1.0), use_speaker_boost (boolean). See
    https://elevenlabs.io/docs/api-reference/voices/settings/get.

        Example:
            {'speed': 0.5, 'emotion': ['positivity:high', 'curiosity']}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        list_personas_response_200_data_type_0_item_layers_type_0_tts_type_0_voice_settings_type_0 = cls()

        list_personas_response_200_data_type_0_item_layers_type_0_tts_type_0_voice_settings_type_0.additional_properties = d
        return list_personas_response_200_data_type_0_item_layers_type_0_tts_type_0_voice_settings_type_0

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
