from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_layers(value: Any) -> Any:
    return parse_model(CreatePersonaBodyLayers, value)


class CreatePersonaBody(Model):
    persona_name: str | None
    """ A name for the persona. """
    system_prompt: str | None
    """ This is the system prompt that will be used by the llm. **Each request must have a `system_prompt` value
    unless you're using echo mode**. """
    pipeline_mode: CreatePersonaBodyPipelineMode | None
    """ The pipeline mode to use for the persona. Possible values: `full`, `echo`. `full` will provide the default
    end-to-end experience. `echo` will turn off most steps, and allow the replica to sync video with audio passed in
    through Echo events, which it will speak out. """
    default_replica_id: str | None
    """ The default replica_id associated with this persona if one exists. When creating a conversation, a
    persona_id with a default_replica_id associated can we used to create a conversation without specifying a
    replica_id. """
    document_ids: list[str] | None
    """ Array of document IDs that the persona will have access to. These documents will be available to the persona
    in all their conversations. The `document_ids` are returned in the response of the [Get Document](/api-
    reference/documents/get-document) and the [Create Document](/api-reference/documents/create-document) endpoints.
    """
    document_tags: list[str] | None
    """ Array of document tags that the persona will have access to. Documents matching these tags will be available
    to the persona in all their conversations. The tags are passed in the `document_tags` parameter of the [Create
    Document](/api-reference/documents/create-document) endpoint. As soon as one document has the tag, you will be
    able to pass the tags in this parameter.. """
    objectives_id: str | None
    """ The unique identifier of the objectives to attach to this persona. Objectives provide goal-oriented
    instructions that help guide conversations toward specific outcomes. Create objectives using the [Create
    Objectives](/api-reference/objectives/create-objectives) endpoint. """
    guardrails_id: str | None
    """ The unique identifier of the guardrails to attach to this persona. Guardrails provide strict behavioral
    boundaries and guidelines that will be rigorously followed throughout conversations. Create guardrails using the
    [Create Guardrails](/api-reference/guardrails/create-guardrails) endpoint. """
    layers: CreatePersonaBodyLayers | None
    """ Optional nested settings for each CVI pipeline layer (perception, STT, conversational flow, LLM, TTS). For
    an overview of what each layer controls, see [Persona overview — CVI layers](/sections/conversational-video-
    interface/persona/overview#cvi-layer).
     """

    _FIELDS = {
        "persona_name": ("persona_name", None),
        "system_prompt": ("system_prompt", None),
        "pipeline_mode": ("pipeline_mode", None),
        "default_replica_id": ("default_replica_id", None),
        "document_ids": ("document_ids", None),
        "document_tags": ("document_tags", None),
        "objectives_id": ("objectives_id", None),
        "guardrails_id": ("guardrails_id", None),
        "layers": ("layers", _parse_layers),
    }

    def __init__(
        self,
        *,
        persona_name: str | None = None,
        system_prompt: str | None = None,
        pipeline_mode: CreatePersonaBodyPipelineMode | None = None,
        default_replica_id: str | None = None,
        document_ids: list[str] | None = None,
        document_tags: list[str] | None = None,
        objectives_id: str | None = None,
        guardrails_id: str | None = None,
        layers: CreatePersonaBodyLayers | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "persona_name": persona_name,
            "system_prompt": system_prompt,
            "pipeline_mode": pipeline_mode,
            "default_replica_id": default_replica_id,
            "document_ids": document_ids,
            "document_tags": document_tags,
            "objectives_id": objectives_id,
            "guardrails_id": guardrails_id,
            "layers": layers,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreatePersonaBodyParam = TypedDict(
    "CreatePersonaBodyParam",
    {
        "persona_name": "str",
        "system_prompt": "str",
        "pipeline_mode": "CreatePersonaBodyPipelineMode",
        "default_replica_id": "str",
        "document_ids": "list[str]",
        "document_tags": "list[str]",
        "objectives_id": "str",
        "guardrails_id": "str",
        "layers": "CreatePersonaBodyLayersParam",
    },
    total=False,
)


from ..models.create_persona_body_layers import (
    CreatePersonaBodyLayers,
    CreatePersonaBodyLayersParam,
)
from ..models.create_persona_body_pipeline_mode import (
    CreatePersonaBodyPipelineMode,
)
