from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_llm(value: Any) -> Any:
    return parse_model(LlmLayer, value)


def _parse_tts(value: Any) -> Any:
    return parse_model(TtsLayer, value)


def _parse_perception(value: Any) -> Any:
    return parse_model(PerceptionLayer, value)


def _parse_stt(value: Any) -> Any:
    return parse_model(SttLayer, value)


class PersonaLayers(Model):
    llm: LlmLayer | None
    tts: TtsLayer | None
    perception: PerceptionLayer | None
    stt: SttLayer | None
    """ **Note**: Turn-taking is now configured on the [Conversational Flow layer](/sections/conversational-video-
    interface/persona/conversational-flow).
     """

    _FIELDS = {
        "llm": ("llm", _parse_llm),
        "tts": ("tts", _parse_tts),
        "perception": ("perception", _parse_perception),
        "stt": ("stt", _parse_stt),
    }

    def __init__(
        self,
        *,
        llm: LlmLayer | None = None,
        tts: TtsLayer | None = None,
        perception: PerceptionLayer | None = None,
        stt: SttLayer | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "llm": llm,
            "tts": tts,
            "perception": perception,
            "stt": stt,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PersonaLayersParam = TypedDict(
    "PersonaLayersParam",
    {
        "llm": "LlmLayerParam",
        "tts": "TtsLayerParam",
        "perception": "PerceptionLayerParam",
        "stt": "SttLayerParam",
    },
    total=False,
)


from ..models.llm_layer import (
    LlmLayer,
    LlmLayerParam,
)
from ..models.perception_layer import (
    PerceptionLayer,
    PerceptionLayerParam,
)
from ..models.stt_layer import (
    SttLayer,
    SttLayerParam,
)
from ..models.tts_layer import (
    TtsLayer,
    TtsLayerParam,
)
