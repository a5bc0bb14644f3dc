from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_layers(value: Any) -> Any:
    return parse_model(PalLayers, value)


class CreatePalBody(Model):
    default_face_id: str
    """ Face used by default; conversations naming this PAL may then omit face_id. Also required when
    layers.conferencing is set. """
    pal_name: str | None
    """ Name of the PAL. """
    system_prompt: str | None
    """ System prompt for the LLM; required unless pipeline_mode is echo. """
    pipeline_mode: CreatePalBodyPipelineMode | None
    """ full: the whole CVI pipeline; echo: most steps off, the face speaks audio passed in through echo events. """
    context: str | None
    """ Additional context for the PAL (sent by Tavus's quickstart). """
    document_ids: list[str] | None
    """ Knowledge-base documents available in all of this PAL's conversations. """
    document_tags: list[str] | None
    """ Tags selecting knowledge-base documents available in all of this PAL's conversations. """
    objectives_id: str | None
    """ Objectives attached to the PAL (from Create Objectives). """
    guardrail_ids: list[str] | None
    """ Individual guardrails enforced in this PAL's conversations (ids from Create Guardrails). """
    guardrail_tags: list[str] | None
    """ Tags selecting guardrails to enforce. """
    guardrails_id: str | None
    """ Legacy guardrail set to attach (see the legacy guardrail sets API). """
    layers: PalLayers | None
    """ Per-layer CVI pipeline settings of a PAL. Mirrors the published persona layers, with
    replica_interruptibility renamed pal_interruptibility and the additions the PAL pages show (tts.voice_id,
    tts_engine azure, conversational_flow.sleep_phrase, conferencing). Server-side defaults are stated in
    descriptions only, so a client sends no layer field the caller did not set. """

    _FIELDS = {
        "default_face_id": ("default_face_id", None),
        "pal_name": ("pal_name", None),
        "system_prompt": ("system_prompt", None),
        "pipeline_mode": ("pipeline_mode", None),
        "context": ("context", None),
        "document_ids": ("document_ids", None),
        "document_tags": ("document_tags", None),
        "objectives_id": ("objectives_id", None),
        "guardrail_ids": ("guardrail_ids", None),
        "guardrail_tags": ("guardrail_tags", None),
        "guardrails_id": ("guardrails_id", None),
        "layers": ("layers", _parse_layers),
    }
    _REQUIRED = ("default_face_id",)

    def __init__(
        self,
        *,
        default_face_id: str,
        pal_name: str | None = None,
        system_prompt: str | None = None,
        pipeline_mode: CreatePalBodyPipelineMode | None = None,
        context: str | None = None,
        document_ids: list[str] | None = None,
        document_tags: list[str] | None = None,
        objectives_id: str | None = None,
        guardrail_ids: list[str] | None = None,
        guardrail_tags: list[str] | None = None,
        guardrails_id: str | None = None,
        layers: PalLayers | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "default_face_id": default_face_id,
            "pal_name": pal_name,
            "system_prompt": system_prompt,
            "pipeline_mode": pipeline_mode,
            "context": context,
            "document_ids": document_ids,
            "document_tags": document_tags,
            "objectives_id": objectives_id,
            "guardrail_ids": guardrail_ids,
            "guardrail_tags": guardrail_tags,
            "guardrails_id": guardrails_id,
            "layers": layers,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreatePalBodyParam = TypedDict(
    "CreatePalBodyParam",
    {
        "default_face_id": Required["str"],
        "pal_name": "str",
        "system_prompt": "str",
        "pipeline_mode": "CreatePalBodyPipelineMode",
        "context": "str",
        "document_ids": "list[str]",
        "document_tags": "list[str]",
        "objectives_id": "str",
        "guardrail_ids": "list[str]",
        "guardrail_tags": "list[str]",
        "guardrails_id": "str",
        "layers": "PalLayersParam",
    },
    total=False,
)


from ..models.create_pal_body_pipeline_mode import CreatePalBodyPipelineMode
from ..models.pal_layers import PalLayers, PalLayersParam
