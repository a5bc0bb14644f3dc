from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class CreatePersonaBodyLayersStt(Model):
    """**Note**: Turn-taking is now configured on the [Conversational Flow layer](/sections/conversational-video-
    interface/persona/conversational-flow).

    """

    stt_engine: CreatePersonaBodyLayersSttSttEngine | None
    """ The STT engine used for transcription. `tavus-auto` (default, recommended) automatically selects the best
    model for the conversation's language. `tavus-parakeet` offers highest throughput and lowest latency for English
    and European languages. `tavus-soniox` is purpose-built for Indian languages with broad multilingual coverage.
    `tavus-whisper` provides broad multilingual coverage across all supported languages. `tavus-deepgram-medical` is
    domain-specific English STT optimized for clinical and healthcare vocabulary. `tavus-advanced` is deprecated and
    not recommended for new integrations. See the [STT layer documentation](/sections/conversational-video-
    interface/persona/stt) for details. """
    hotwords: str | None
    """ The hotwords parameter lets you provide example phrases that guide the STT model to prioritize certain words
    or phrases—especially names, technical terms, or uncommon language. For instance, including "Roey is the name of
    the person you're speaking with" helps the model transcribe "Roey" correctly instead of "Rowie."
     """

    _FIELDS = {
        "stt_engine": ("stt_engine", None),
        "hotwords": ("hotwords", None),
    }

    def __init__(
        self,
        *,
        stt_engine: CreatePersonaBodyLayersSttSttEngine | None = None,
        hotwords: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "stt_engine": stt_engine,
            "hotwords": hotwords,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreatePersonaBodyLayersSttParam = TypedDict(
    "CreatePersonaBodyLayersSttParam",
    {
        "stt_engine": "CreatePersonaBodyLayersSttSttEngine",
        "hotwords": "str",
    },
    total=False,
)


from ..models.create_persona_body_layers_stt_stt_engine import (
    CreatePersonaBodyLayersSttSttEngine,
)
