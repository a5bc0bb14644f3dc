from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_voice_settings(value: Any) -> Any:
    return parse_model(CreatePersonaBodyLayersTtsVoiceSettings, value)


class CreatePersonaBodyLayersTts(Model):
    api_key: str | None
    """ The API key for the chosen TTS provider. Only required when using private voices.

    **ElevenLabs:** When using pronunciation dictionaries with your own ElevenLabs key, the key must have the
    `pronunciation_dictionaries_write` scope (or full account access). See [ElevenLabs API key
    scopes](https://elevenlabs.io/docs/api-reference/service-accounts/api-keys/create).

    **Cartesia:** No additional scope required — any valid Cartesia API key works.
     """
    tts_engine: str | None
    """ The TTS engine that will be used. """
    external_voice_id: str | None
    """ The voice ID used for the TTS engine when you want to customize your replica's voice. Choose from Cartesia's
    stock voices by referring to their [Voice Catalog](https://docs.cartesia.ai/api-reference/voices/list), or if
    you want more options you can consider [ElevenLabs](https://elevenlabs.io/docs/api-reference/voices/get-all).
    """
    voice_settings: CreatePersonaBodyLayersTtsVoiceSettings | None
    """ Optional voice settings to customize TTS behavior. For Cartesia we support inline Cartesia SSML settings
    (https://docs.cartesia.ai/build-with-cartesia/sonic-3/ssml-tags). For ElevenLabs we support: `speed` (0.7–1.2),
    `stability` (0.0–1.0), `similarity_boost` (0.0–1.0), `style` (0.0–1.0), `use_speaker_boost` (boolean). See
    [ElevenLabs Voice Settings](https://elevenlabs.io/docs/api-reference/voices/settings/get).
     """
    tts_emotion_control: bool | None
    """ When true, Tavus automatically handles LLM prompting for emotion tags, enabling expressive vocal delivery
    and natural emotional facial movements (only available with Phoenix-4 replicas). Defaults to true. """
    tts_model_name: str | None
    """ The model name that will be used by the TTS engine. Please double check this with the TTS provider you are
    using to ensure valid model names. """
    pronunciation_dictionary_id: str | None
    """ The unique identifier of a Tavus pronunciation dictionary to attach to this persona. Tavus will apply the
    dictionary's rules at conversation time.

    Provider-specific dictionary IDs are managed internally by Tavus and are not exposed in GET responses — only
    this field is visible.
     """

    _FIELDS = {
        "api_key": ("api_key", None),
        "tts_engine": ("tts_engine", None),
        "external_voice_id": ("external_voice_id", None),
        "voice_settings": ("voice_settings", _parse_voice_settings),
        "tts_emotion_control": ("tts_emotion_control", None),
        "tts_model_name": ("tts_model_name", None),
        "pronunciation_dictionary_id": ("pronunciation_dictionary_id", None),
    }

    def __init__(
        self,
        *,
        api_key: str | None = None,
        tts_engine: str | None = None,
        external_voice_id: str | None = None,
        voice_settings: CreatePersonaBodyLayersTtsVoiceSettings | None = None,
        tts_emotion_control: bool | None = None,
        tts_model_name: str | None = None,
        pronunciation_dictionary_id: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "api_key": api_key,
            "tts_engine": tts_engine,
            "external_voice_id": external_voice_id,
            "voice_settings": voice_settings,
            "tts_emotion_control": tts_emotion_control,
            "tts_model_name": tts_model_name,
            "pronunciation_dictionary_id": pronunciation_dictionary_id,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreatePersonaBodyLayersTtsParam = TypedDict(
    "CreatePersonaBodyLayersTtsParam",
    {
        "api_key": "str",
        "tts_engine": "str",
        "external_voice_id": "str",
        "voice_settings": "CreatePersonaBodyLayersTtsVoiceSettingsParam",
        "tts_emotion_control": "bool",
        "tts_model_name": "str",
        "pronunciation_dictionary_id": "str",
    },
    total=False,
)


from ..models.create_persona_body_layers_tts_voice_settings import (
    CreatePersonaBodyLayersTtsVoiceSettings,
    CreatePersonaBodyLayersTtsVoiceSettingsParam,
)
