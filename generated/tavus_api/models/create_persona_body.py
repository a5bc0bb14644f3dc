from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_persona_body_pipeline_mode import (
    CreatePersonaBodyPipelineMode,
    check_create_persona_body_pipeline_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_persona_body_layers import CreatePersonaBodyLayers


T = TypeVar("T", bound="CreatePersonaBody")


@_attrs_define
class CreatePersonaBody:
    persona_name: str | Unset = UNSET
    """ A name for the persona. """
    system_prompt: str | Unset = UNSET
    """ This is the system prompt that will be used by the llm. **Each request must have a `system_prompt` value
    unless you're using echo mode**. """
    pipeline_mode: CreatePersonaBodyPipelineMode | Unset = UNSET
    """ The pipeline mode to use for the persona. Possible values: `full`, `echo`. `full` will provide the default
    end-to-end experience. `echo` will turn off most steps, and allow the replica to sync video with audio passed in
    through Echo events, which it will speak out. """
    default_replica_id: str | Unset = UNSET
    """ The default replica_id associated with this persona if one exists. When creating a conversation, a
    persona_id with a default_replica_id associated can we used to create a conversation without specifying a
    replica_id. """
    document_ids: list[str] | Unset = UNSET
    """ Array of document IDs that the persona will have access to. These documents will be available to the persona
    in all their conversations. The `document_ids` are returned in the response of the [Get Document](/api-
    reference/documents/get-document) and the [Create Document](/api-reference/documents/create-document) endpoints.
    """
    document_tags: list[str] | Unset = UNSET
    """ Array of document tags that the persona will have access to. Documents matching these tags will be available
    to the persona in all their conversations. The tags are passed in the `document_tags` parameter of the [Create
    Document](/api-reference/documents/create-document) endpoint. As soon as one document has the tag, you will be
    able to pass the tags in this parameter.. """
    objectives_id: str | Unset = UNSET
    """ The unique identifier of the objectives to attach to this persona. Objectives provide goal-oriented
    instructions that help guide conversations toward specific outcomes. Create objectives using the [Create
    Objectives](/api-reference/objectives/create-objectives) endpoint. """
    guardrails_id: str | Unset = UNSET
    """ The unique identifier of the guardrails to attach to this persona. Guardrails provide strict behavioral
    boundaries and guidelines that will be rigorously followed throughout conversations. Create guardrails using the
    [Create Guardrails](/api-reference/guardrails/create-guardrails) endpoint. """
    layers: CreatePersonaBodyLayers | Unset = UNSET
    """ Optional nested settings for each CVI pipeline layer (perception, STT, conversational flow, LLM, TTS). For
    an overview of what each layer controls, see [Persona overview — CVI layers](/sections/conversational-video-
    interface/persona/overview#cvi-layer).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        persona_name = self.persona_name

        system_prompt = self.system_prompt

        pipeline_mode: str | Unset = UNSET
        if not isinstance(self.pipeline_mode, Unset):
            pipeline_mode = self.pipeline_mode

        default_replica_id = self.default_replica_id

        document_ids: list[str] | Unset = UNSET
        if not isinstance(self.document_ids, Unset):
            document_ids = self.document_ids

        document_tags: list[str] | Unset = UNSET
        if not isinstance(self.document_tags, Unset):
            document_tags = self.document_tags

        objectives_id = self.objectives_id

        guardrails_id = self.guardrails_id

        layers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.layers, Unset):
            layers = self.layers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if persona_name is not UNSET:
            field_dict["persona_name"] = persona_name
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if pipeline_mode is not UNSET:
            field_dict["pipeline_mode"] = pipeline_mode
        if default_replica_id is not UNSET:
            field_dict["default_replica_id"] = default_replica_id
        if document_ids is not UNSET:
            field_dict["document_ids"] = document_ids
        if document_tags is not UNSET:
            field_dict["document_tags"] = document_tags
        if objectives_id is not UNSET:
            field_dict["objectives_id"] = objectives_id
        if guardrails_id is not UNSET:
            field_dict["guardrails_id"] = guardrails_id
        if layers is not UNSET:
            field_dict["layers"] = layers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_persona_body_layers import CreatePersonaBodyLayers

        d = dict(src_dict)
        persona_name = d.pop("persona_name", UNSET)

        system_prompt = d.pop("system_prompt", UNSET)

        _pipeline_mode = d.pop("pipeline_mode", UNSET)
        pipeline_mode: CreatePersonaBodyPipelineMode | Unset
        if isinstance(_pipeline_mode, Unset):
            pipeline_mode = UNSET
        else:
            pipeline_mode = check_create_persona_body_pipeline_mode(_pipeline_mode)

        default_replica_id = d.pop("default_replica_id", UNSET)

        document_ids = cast(list[str], d.pop("document_ids", UNSET))

        document_tags = cast(list[str], d.pop("document_tags", UNSET))

        objectives_id = d.pop("objectives_id", UNSET)

        guardrails_id = d.pop("guardrails_id", UNSET)

        _layers = d.pop("layers", UNSET)
        layers: CreatePersonaBodyLayers | Unset
        if isinstance(_layers, Unset):
            layers = UNSET
        else:
            layers = CreatePersonaBodyLayers.from_dict(_layers)

        create_persona_body = cls(
            persona_name=persona_name,
            system_prompt=system_prompt,
            pipeline_mode=pipeline_mode,
            default_replica_id=default_replica_id,
            document_ids=document_ids,
            document_tags=document_tags,
            objectives_id=objectives_id,
            guardrails_id=guardrails_id,
            layers=layers,
        )

        create_persona_body.additional_properties = d
        return create_persona_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
