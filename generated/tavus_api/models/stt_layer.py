from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class SttLayer(Model):
    """**Note**: Turn-taking is now configured on the [Conversational Flow layer](/sections/conversational-video-
    interface/persona/conversational-flow).

    """

    stt_engine: str | None
    """ The STT engine used for transcription. `tavus-auto` (default, recommended) automatically selects the best
    model. `tavus-parakeet` offers highest throughput for English and European languages. `tavus-soniox` is purpose-
    built for Indian languages. `tavus-whisper` provides broad multilingual coverage. `tavus-deepgram-medical` is
    optimized for clinical vocabulary (English only). `tavus-advanced` is deprecated. """
    hotwords: str | None
    """ The hotwords that will be used for the STT engine. """

    _FIELDS = {
        "stt_engine": ("stt_engine", None),
        "hotwords": ("hotwords", None),
    }

    def __init__(
        self,
        *,
        stt_engine: str | None = None,
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
SttLayerParam = TypedDict(
    "SttLayerParam",
    {
        "stt_engine": "str",
        "hotwords": "str",
    },
    total=False,
)
