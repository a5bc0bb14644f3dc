from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_perception(value: Any) -> Any:
    return parse_model(CreatePersonaBodyLayersPerception, value)


def _parse_stt(value: Any) -> Any:
    return parse_model(CreatePersonaBodyLayersStt, value)


def _parse_conversational_flow(value: Any) -> Any:
    return parse_model(CreatePersonaBodyLayersConversationalFlow, value)


def _parse_llm(value: Any) -> Any:
    return parse_model(CreatePersonaBodyLayersLlm, value)


def _parse_tts(value: Any) -> Any:
    return parse_model(CreatePersonaBodyLayersTts, value)


class CreatePersonaBodyLayers(Model):
    """Optional nested settings for each CVI pipeline layer (perception, STT, conversational flow, LLM, TTS). For an
    overview of what each layer controls, see [Persona overview — CVI layers](/sections/conversational-video-
    interface/persona/overview#cvi-layer).

    """

    perception: CreatePersonaBodyLayersPerception | None
    stt: CreatePersonaBodyLayersStt | None
    """ **Note**: Turn-taking is now configured on the [Conversational Flow layer](/sections/conversational-video-
    interface/persona/conversational-flow).
     """
    conversational_flow: CreatePersonaBodyLayersConversationalFlow | None
    """ Controls conversational flow dynamics for the replica. When not explicitly provided, all fields default to
    None (turned off). If any parameter is provided, sensible defaults are applied to all other parameters. See more
    details [here](/sections/conversational-video-interface/persona/conversational-flow). """
    llm: CreatePersonaBodyLayersLlm | None
    tts: CreatePersonaBodyLayersTts | None

    _FIELDS = {
        "perception": ("perception", _parse_perception),
        "stt": ("stt", _parse_stt),
        "conversational_flow": ("conversational_flow", _parse_conversational_flow),
        "llm": ("llm", _parse_llm),
        "tts": ("tts", _parse_tts),
    }

    def __init__(
        self,
        *,
        perception: CreatePersonaBodyLayersPerception | None = None,
        stt: CreatePersonaBodyLayersStt | None = None,
        conversational_flow: CreatePersonaBodyLayersConversationalFlow | None = None,
        llm: CreatePersonaBodyLayersLlm | None = None,
        tts: CreatePersonaBodyLayersTts | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "perception": perception,
            "stt": stt,
            "conversational_flow": conversational_flow,
            "llm": llm,
            "tts": tts,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreatePersonaBodyLayersParam = TypedDict(
    "CreatePersonaBodyLayersParam",
    {
        "perception": "CreatePersonaBodyLayersPerceptionParam",
        "stt": "CreatePersonaBodyLayersSttParam",
        "conversational_flow": "CreatePersonaBodyLayersConversationalFlowParam",
        "llm": "CreatePersonaBodyLayersLlmParam",
        "tts": "CreatePersonaBodyLayersTtsParam",
    },
    total=False,
)


from ..models.create_persona_body_layers_conversational_flow import (
    CreatePersonaBodyLayersConversationalFlow,
    CreatePersonaBodyLayersConversationalFlowParam,
)
from ..models.create_persona_body_layers_llm import (
    CreatePersonaBodyLayersLlm,
    CreatePersonaBodyLayersLlmParam,
)
from ..models.create_persona_body_layers_perception import (
    CreatePersonaBodyLayersPerception,
    CreatePersonaBodyLayersPerceptionParam,
)
from ..models.create_persona_body_layers_stt import (
    CreatePersonaBodyLayersStt,
    CreatePersonaBodyLayersSttParam,
)
from ..models.create_persona_body_layers_tts import (
    CreatePersonaBodyLayersTts,
    CreatePersonaBodyLayersTtsParam,
)
