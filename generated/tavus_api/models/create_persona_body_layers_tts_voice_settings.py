from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class CreatePersonaBodyLayersTtsVoiceSettings(Model):
    """Optional voice settings to customize TTS behavior. For Cartesia we support inline Cartesia SSML settings
    (https://docs.cartesia.ai/build-with-cartesia/sonic-3/ssml-tags). For ElevenLabs we support: `speed` (0.7–1.2),
    `stability` (0.0–1.0), `similarity_boost` (0.0–1.0), `style` (0.0–1.0), `use_speaker_boost` (boolean). See
    [ElevenLabs Voice Settings](https://elevenlabs.io/docs/api-reference/voices/settings/get).

        Example:
            {'speed': 0.5, 'emotion': ['positivity:high', 'curiosity']}

    """

    _FIELDS = {}

    def __init__(
        self,
        *,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {}
        self._init(values, additional_properties)


# The request-side form: an object the contract gives no properties (any keys).
CreatePersonaBodyLayersTtsVoiceSettingsParam = Mapping[str, Any]
