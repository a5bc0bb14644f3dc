from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_voice_settings(value: Any) -> Any:
    return parse_model(PalTtsLayerVoiceSettings, value)


class PalTtsLayer(Model):
    """Text-to-speech settings. Without them the PAL speaks with its face's default voice."""

    voice_id: str | None
    """ Tavus voice (from the Voices API) the PAL speaks with. """
    api_key: str | None
    """ Key for the chosen TTS provider; only needed for private voices. """
    tts_engine: str | None
    """ Third-party TTS engine (azure from the PAL TTS guide). """
    external_voice_id: str | None
    """ Provider voice id. """
    voice_settings: PalTtsLayerVoiceSettings | None
    """ Provider-specific voice settings. """
    tts_emotion_control: bool | None
    """ Lets Tavus drive emotion tags for expressive delivery (on by default). """
    tts_model_name: str | None
    """ Provider TTS model name. """
    pronunciation_dictionary_id: str | None
    """ Tavus pronunciation dictionary applied at conversation time. """

    _FIELDS = {
        "voice_id": ("voice_id", None),
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
        voice_id: str | None = None,
        api_key: str | None = None,
        tts_engine: str | None = None,
        external_voice_id: str | None = None,
        voice_settings: PalTtsLayerVoiceSettings | None = None,
        tts_emotion_control: bool | None = None,
        tts_model_name: str | None = None,
        pronunciation_dictionary_id: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "voice_id": voice_id,
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
PalTtsLayerParam = TypedDict(
    "PalTtsLayerParam",
    {
        "voice_id": "str",
        "api_key": "str",
        "tts_engine": "str",
        "external_voice_id": "str",
        "voice_settings": "PalTtsLayerVoiceSettingsParam",
        "tts_emotion_control": "bool",
        "tts_model_name": "str",
        "pronunciation_dictionary_id": "str",
    },
    total=False,
)


from ..models.pal_tts_layer_voice_settings import (
    PalTtsLayerVoiceSettings,
    PalTtsLayerVoiceSettingsParam,
)
