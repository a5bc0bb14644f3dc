from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_persona_response_200_data_type_0_item_layers_type_0_tts_type_0_voice_settings_type_0 import (
        GetPersonaResponse200DataType0ItemLayersType0TtsType0VoiceSettingsType0,
    )


T = TypeVar("T", bound="GetPersonaResponse200DataType0ItemLayersType0TtsType0")


@_attrs_define
class GetPersonaResponse200DataType0ItemLayersType0TtsType0:
    api_key: None | str | Unset = UNSET
    """ The API key for the chosen TTS provider. Only required when using private voices.

    **ElevenLabs:** When using pronunciation dictionaries with your own ElevenLabs key, the key must have the
    `pronunciation_dictionaries_write` scope (or full account access). See [ElevenLabs API key
    scopes](https://elevenlabs.io/docs/api-reference/service-accounts/api-keys/create).
     """
    tts_engine: None | str | Unset = UNSET
    """ The TTS engine that will be used. """
    external_voice_id: None | str | Unset = UNSET
    """ The voice ID used for the TTS engine when you want to customize your replica's voice. Choose from Cartesia's
    stock voices by referring to their [Voice Catalog](https://docs.cartesia.ai/api-reference/voices/list), or if
    you want more options you can consider [ElevenLabs](https://elevenlabs.io/docs/api-reference/voices/get-all).
    """
    voice_settings: (
        GetPersonaResponse200DataType0ItemLayersType0TtsType0VoiceSettingsType0
        | None
        | Unset
    ) = UNSET
    """ Optional voice settings to customize TTS behavior. For Cartesia we support inline Cartesia SSML settings
    (https://docs.cartesia.ai/build-with-cartesia/sonic-3/ssml-tags). For ElevenLabs we support: speed (0.7–1.2),
    stability (0.0–1.0), similarity_boost (0.0–1.0), style (0.0–1.0), use_speaker_boost (boolean). See
    https://elevenlabs.io/docs/api-reference/voices/settings/get.
     """
    tts_emotion_control: bool | None | Unset = True
    """ If true, the TTS engine will be able to control the emotion of the voice. Defaults to true. """
    tts_model_name: None | str | Unset = UNSET
    """ The model name that will be used by the TTS engine. Please double check this with the TTS provider you are
    using to ensure valid model names. """
    pronunciation_dictionary_id: None | str | Unset = UNSET
    """ The unique identifier of the Tavus pronunciation dictionary attached to this persona, if any. Provider-
    specific dictionary IDs are managed internally and are not exposed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_persona_response_200_data_type_0_item_layers_type_0_tts_type_0_voice_settings_type_0 import (
            GetPersonaResponse200DataType0ItemLayersType0TtsType0VoiceSettingsType0,
        )

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        tts_engine: None | str | Unset
        if isinstance(self.tts_engine, Unset):
            tts_engine = UNSET
        else:
            tts_engine = self.tts_engine

        external_voice_id: None | str | Unset
        if isinstance(self.external_voice_id, Unset):
            external_voice_id = UNSET
        else:
            external_voice_id = self.external_voice_id

        voice_settings: dict[str, Any] | None | Unset
        if isinstance(self.voice_settings, Unset):
            voice_settings = UNSET
        elif isinstance(
            self.voice_settings,
            GetPersonaResponse200DataType0ItemLayersType0TtsType0VoiceSettingsType0,
        ):
            voice_settings = self.voice_settings.to_dict()
        else:
            voice_settings = self.voice_settings

        tts_emotion_control: bool | None | Unset
        if isinstance(self.tts_emotion_control, Unset):
            tts_emotion_control = UNSET
        else:
            tts_emotion_control = self.tts_emotion_control

        tts_model_name: None | str | Unset
        if isinstance(self.tts_model_name, Unset):
            tts_model_name = UNSET
        else:
            tts_model_name = self.tts_model_name

        pronunciation_dictionary_id: None | str | Unset
        if isinstance(self.pronunciation_dictionary_id, Unset):
            pronunciation_dictionary_id = UNSET
        else:
            pronunciation_dictionary_id = self.pronunciation_dictionary_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if tts_engine is not UNSET:
            field_dict["tts_engine"] = tts_engine
        if external_voice_id is not UNSET:
            field_dict["external_voice_id"] = external_voice_id
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if tts_emotion_control is not UNSET:
            field_dict["tts_emotion_control"] = tts_emotion_control
        if tts_model_name is not UNSET:
            field_dict["tts_model_name"] = tts_model_name
        if pronunciation_dictionary_id is not UNSET:
            field_dict["pronunciation_dictionary_id"] = pronunciation_dictionary_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_persona_response_200_data_type_0_item_layers_type_0_tts_type_0_voice_settings_type_0 import (
            GetPersonaResponse200DataType0ItemLayersType0TtsType0VoiceSettingsType0,
        )

        d = dict(src_dict)

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_tts_engine(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tts_engine = _parse_tts_engine(d.pop("tts_engine", UNSET))

        def _parse_external_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_voice_id = _parse_external_voice_id(d.pop("external_voice_id", UNSET))

        def _parse_voice_settings(
            data: object,
        ) -> (
            GetPersonaResponse200DataType0ItemLayersType0TtsType0VoiceSettingsType0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_settings_type_0 = GetPersonaResponse200DataType0ItemLayersType0TtsType0VoiceSettingsType0.from_dict(
                    data
                )

                return voice_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetPersonaResponse200DataType0ItemLayersType0TtsType0VoiceSettingsType0
                | None
                | Unset,
                data,
            )

        voice_settings = _parse_voice_settings(d.pop("voice_settings", UNSET))

        def _parse_tts_emotion_control(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        tts_emotion_control = _parse_tts_emotion_control(
            d.pop("tts_emotion_control", UNSET)
        )

        def _parse_tts_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tts_model_name = _parse_tts_model_name(d.pop("tts_model_name", UNSET))

        def _parse_pronunciation_dictionary_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pronunciation_dictionary_id = _parse_pronunciation_dictionary_id(
            d.pop("pronunciation_dictionary_id", UNSET)
        )

        get_persona_response_200_data_type_0_item_layers_type_0_tts_type_0 = cls(
            api_key=api_key,
            tts_engine=tts_engine,
            external_voice_id=external_voice_id,
            voice_settings=voice_settings,
            tts_emotion_control=tts_emotion_control,
            tts_model_name=tts_model_name,
            pronunciation_dictionary_id=pronunciation_dictionary_id,
        )

        get_persona_response_200_data_type_0_item_layers_type_0_tts_type_0.additional_properties = d
        return get_persona_response_200_data_type_0_item_layers_type_0_tts_type_0

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
