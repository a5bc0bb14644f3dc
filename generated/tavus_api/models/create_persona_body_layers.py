from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_persona_body_layers_conversational_flow import (
        CreatePersonaBodyLayersConversationalFlow,
    )
    from ..models.create_persona_body_layers_llm import CreatePersonaBodyLayersLlm
    from ..models.create_persona_body_layers_perception import (
        CreatePersonaBodyLayersPerception,
    )
    from ..models.create_persona_body_layers_stt import CreatePersonaBodyLayersStt
    from ..models.create_persona_body_layers_tts import CreatePersonaBodyLayersTts


T = TypeVar("T", bound="CreatePersonaBodyLayers")


@_attrs_define
class CreatePersonaBodyLayers:
    """Optional nested settings for each CVI pipeline layer (perception, STT, conversational flow, LLM, TTS). For an
    overview of what each layer controls, see [Persona overview — CVI layers](/sections/conversational-video-
    interface/persona/overview#cvi-layer).

    """

    perception: CreatePersonaBodyLayersPerception | Unset = UNSET
    stt: CreatePersonaBodyLayersStt | Unset = UNSET
    """ **Note**: Turn-taking is now configured on the [Conversational Flow layer](/sections/conversational-video-
    interface/persona/conversational-flow).
     """
    conversational_flow: CreatePersonaBodyLayersConversationalFlow | Unset = UNSET
    """ Controls conversational flow dynamics for the replica. When not explicitly provided, all fields default to
    None (turned off). If any parameter is provided, sensible defaults are applied to all other parameters. See more
    details [here](/sections/conversational-video-interface/persona/conversational-flow). """
    llm: CreatePersonaBodyLayersLlm | Unset = UNSET
    tts: CreatePersonaBodyLayersTts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        perception: dict[str, Any] | Unset = UNSET
        if not isinstance(self.perception, Unset):
            perception = self.perception.to_dict()

        stt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stt, Unset):
            stt = self.stt.to_dict()

        conversational_flow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversational_flow, Unset):
            conversational_flow = self.conversational_flow.to_dict()

        llm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.llm, Unset):
            llm = self.llm.to_dict()

        tts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tts, Unset):
            tts = self.tts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if perception is not UNSET:
            field_dict["perception"] = perception
        if stt is not UNSET:
            field_dict["stt"] = stt
        if conversational_flow is not UNSET:
            field_dict["conversational_flow"] = conversational_flow
        if llm is not UNSET:
            field_dict["llm"] = llm
        if tts is not UNSET:
            field_dict["tts"] = tts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_persona_body_layers_conversational_flow import (
            CreatePersonaBodyLayersConversationalFlow,
        )
        from ..models.create_persona_body_layers_llm import CreatePersonaBodyLayersLlm
        from ..models.create_persona_body_layers_perception import (
            CreatePersonaBodyLayersPerception,
        )
        from ..models.create_persona_body_layers_stt import CreatePersonaBodyLayersStt
        from ..models.create_persona_body_layers_tts import CreatePersonaBodyLayersTts

        d = dict(src_dict)
        _perception = d.pop("perception", UNSET)
        perception: CreatePersonaBodyLayersPerception | Unset
        if isinstance(_perception, Unset):
            perception = UNSET
        else:
            perception = CreatePersonaBodyLayersPerception.from_dict(_perception)

        _stt = d.pop("stt", UNSET)
        stt: CreatePersonaBodyLayersStt | Unset
        if isinstance(_stt, Unset):
            stt = UNSET
        else:
            stt = CreatePersonaBodyLayersStt.from_dict(_stt)

        _conversational_flow = d.pop("conversational_flow", UNSET)
        conversational_flow: CreatePersonaBodyLayersConversationalFlow | Unset
        if isinstance(_conversational_flow, Unset):
            conversational_flow = UNSET
        else:
            conversational_flow = CreatePersonaBodyLayersConversationalFlow.from_dict(
                _conversational_flow
            )

        _llm = d.pop("llm", UNSET)
        llm: CreatePersonaBodyLayersLlm | Unset
        if isinstance(_llm, Unset):
            llm = UNSET
        else:
            llm = CreatePersonaBodyLayersLlm.from_dict(_llm)

        _tts = d.pop("tts", UNSET)
        tts: CreatePersonaBodyLayersTts | Unset
        if isinstance(_tts, Unset):
            tts = UNSET
        else:
            tts = CreatePersonaBodyLayersTts.from_dict(_tts)

        create_persona_body_layers = cls(
            perception=perception,
            stt=stt,
            conversational_flow=conversational_flow,
            llm=llm,
            tts=tts,
        )

        create_persona_body_layers.additional_properties = d
        return create_persona_body_layers

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
