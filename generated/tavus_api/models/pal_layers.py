from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_perception(value: Any) -> Any:
    return parse_model(PalPerceptionLayer, value)


def _parse_stt(value: Any) -> Any:
    return parse_model(PalSttLayer, value)


def _parse_conversational_flow(value: Any) -> Any:
    return parse_model(PalConversationalFlowLayer, value)


def _parse_llm(value: Any) -> Any:
    return parse_model(PalLlmLayer, value)


def _parse_tts(value: Any) -> Any:
    return parse_model(PalTtsLayer, value)


def _parse_conferencing(value: Any) -> Any:
    return parse_model(PalConferencingLayer, value)


class PalLayers(Model):
    """Per-layer CVI pipeline settings of a PAL. Mirrors the published persona layers, with replica_interruptibility
    renamed pal_interruptibility and the additions the PAL pages show (tts.voice_id, tts_engine azure,
    conversational_flow.sleep_phrase, conferencing). Server-side defaults are stated in descriptions only, so a client
    sends no layer field the caller did not set.

    """

    perception: PalPerceptionLayer | None
    """ Perception (Raven) settings. """
    stt: PalSttLayer | None
    """ Speech-to-text settings (turn-taking lives on conversational_flow). """
    conversational_flow: PalConversationalFlowLayer | None
    """ Turn-taking and interruption settings; inactive unless a field is set, then defaults fill the rest. """
    llm: PalLlmLayer | None
    """ LLM settings (a Tavus-hosted model, or any OpenAI-compatible endpoint via model, base_url and api_key). """
    tts: PalTtsLayer | None
    """ Text-to-speech settings. Without them the PAL speaks with its face's default voice. """
    conferencing: PalConferencingLayer | None
    """ Meeting identity (Google Meet invites via tavusinvite.com); needs default_face_id on the PAL. """

    _FIELDS = {
        "perception": ("perception", _parse_perception),
        "stt": ("stt", _parse_stt),
        "conversational_flow": ("conversational_flow", _parse_conversational_flow),
        "llm": ("llm", _parse_llm),
        "tts": ("tts", _parse_tts),
        "conferencing": ("conferencing", _parse_conferencing),
    }

    def __init__(
        self,
        *,
        perception: PalPerceptionLayer | None = None,
        stt: PalSttLayer | None = None,
        conversational_flow: PalConversationalFlowLayer | None = None,
        llm: PalLlmLayer | None = None,
        tts: PalTtsLayer | None = None,
        conferencing: PalConferencingLayer | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "perception": perception,
            "stt": stt,
            "conversational_flow": conversational_flow,
            "llm": llm,
            "tts": tts,
            "conferencing": conferencing,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PalLayersParam = TypedDict(
    "PalLayersParam",
    {
        "perception": "PalPerceptionLayerParam",
        "stt": "PalSttLayerParam",
        "conversational_flow": "PalConversationalFlowLayerParam",
        "llm": "PalLlmLayerParam",
        "tts": "PalTtsLayerParam",
        "conferencing": "PalConferencingLayerParam",
    },
    total=False,
)


from ..models.pal_conferencing_layer import (
    PalConferencingLayer,
    PalConferencingLayerParam,
)
from ..models.pal_conversational_flow_layer import (
    PalConversationalFlowLayer,
    PalConversationalFlowLayerParam,
)
from ..models.pal_llm_layer import (
    PalLlmLayer,
    PalLlmLayerParam,
)
from ..models.pal_perception_layer import (
    PalPerceptionLayer,
    PalPerceptionLayerParam,
)
from ..models.pal_stt_layer import (
    PalSttLayer,
    PalSttLayerParam,
)
from ..models.pal_tts_layer import (
    PalTtsLayer,
    PalTtsLayerParam,
)
