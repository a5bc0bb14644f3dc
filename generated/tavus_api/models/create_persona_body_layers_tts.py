from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_persona_body_layers_tts_voice_settings import (
        CreatePersonaBodyLayersTtsVoiceSettings,
    )


T = TypeVar("T", bound="CreatePersonaBodyLayersTts")


@_attrs_define
class CreatePersonaBodyLayersTts:
    api_key: str | Unset = UNSET
    """ The API key for the chosen TTS provider. Only required when using private voices.

    **ElevenLabs:** When using pronunciation dictionaries with your own ElevenLabs key, the key must have the
    `pronunciation_dictionaries_write` scope (or full account access). See [ElevenLabs API key
    scopes](https://elevenlabs.io/docs/api-reference/service-accounts/api-keys/create).

    **Cartesia:** No additional scope required — any valid Cartesia API key works.
     """
    tts_engine: str | Unset = UNSET
    """ The TTS engine that will be used. """
    external_voice_id: str | Unset = UNSET
    """ The voice ID used for the TTS engine when you want to customize your replica's voice. Choose from Cartesia's
    stock voices by referring to their [Voice Catalog](https://docs.cartesia.ai/api-reference/voices/list), or if
    you want more options you can consider [ElevenLabs](https://elevenlabs.io/docs/api-reference/voices/get-all).
    """
    voice_settings: CreatePersonaBodyLayersTtsVoiceSettings | Unset = UNSET
    """ Optional voice settings to customize TTS behavior. For Cartesia we support inline Cartesia SSML settings
    (https://docs.cartesia.ai/build-with-cartesia/sonic-3/ssml-tags). For ElevenLabs we support: `speed` (0.7–1.2),
    `stability` (0.0–1.0), `similarity_boost` (0.0–1.0), `style` (0.0–1.0), `use_speaker_boost` (boolean). See
    [ElevenLabs Voice Settings](https://elevenlabs.io/docs/api-reference/voices/settings/get).
     """
    tts_emotion_control: bool | Unset = True
    """ When true, Tavus automatically handles LLM prompting for emotion tags, enabling expressive vocal delivery
    and natural emotional facial movements (only available with Phoenix-4 replicas). Defaults to true. """
    tts_model_name: str | Unset = UNSET
    """ The model name that will be used by the TTS engine. Please double check this with the TTS provider you are
    using to ensure valid model names. """
    pronunciation_dictionary_id: str | Unset = UNSET
    """ The unique identifier of a Tavus pronunciation dictionary to attach to this persona. Tavus will apply the
    dictionary's rules at conversation time.

    Provider-specific dictionary IDs are managed internally by Tavus and are not exposed in GET responses — only
    this field is visible.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        tts_engine = self.tts_engine

        external_voice_id = self.external_voice_id

        voice_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_settings, Unset):
            voice_settings = self.voice_settings.to_dict()

        tts_emotion_control = self.tts_emotion_control

        tts_model_name = self.tts_model_name

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
        from ..models.create_persona_body_layers_tts_voice_settings import (
            CreatePersonaBodyLayersTtsVoiceSettings,
        )

        d = dict(src_dict)
        api_key = d.pop("api_key", UNSET)

        tts_engine = d.pop("tts_engine", UNSET)

        external_voice_id = d.pop("external_voice_id", UNSET)

        _voice_settings = d.pop("voice_settings", UNSET)
        voice_settings: CreatePersonaBodyLayersTtsVoiceSettings | Unset
        if isinstance(_voice_settings, Unset):
            voice_settings = UNSET
        else:
            voice_settings = CreatePersonaBodyLayersTtsVoiceSettings.from_dict(
                _voice_settings
            )

        tts_emotion_control = d.pop("tts_emotion_control", UNSET)

        tts_model_name = d.pop("tts_model_name", UNSET)

        pronunciation_dictionary_id = d.pop("pronunciation_dictionary_id", UNSET)

        create_persona_body_layers_tts = cls(
            api_key=api_key,
            tts_engine=tts_engine,
            external_voice_id=external_voice_id,
            voice_settings=voice_settings,
            tts_emotion_control=tts_emotion_control,
            tts_model_name=tts_model_name,
            pronunciation_dictionary_id=pronunciation_dictionary_id,
        )

        create_persona_body_layers_tts.additional_properties = d
        return create_persona_body_layers_tts

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
