from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_persona_body_layers_stt_stt_engine import (
    CreatePersonaBodyLayersSttSttEngine,
    check_create_persona_body_layers_stt_stt_engine,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePersonaBodyLayersStt")


@_attrs_define
class CreatePersonaBodyLayersStt:
    """**Note**: Turn-taking is now configured on the [Conversational Flow layer](/sections/conversational-video-
    interface/persona/conversational-flow).

    """

    stt_engine: CreatePersonaBodyLayersSttSttEngine | Unset = "tavus-auto"
    """ The STT engine used for transcription. `tavus-auto` (default, recommended) automatically selects the best
    model for the conversation's language. `tavus-parakeet` offers highest throughput and lowest latency for English
    and European languages. `tavus-soniox` is purpose-built for Indian languages with broad multilingual coverage.
    `tavus-whisper` provides broad multilingual coverage across all supported languages. `tavus-deepgram-medical` is
    domain-specific English STT optimized for clinical and healthcare vocabulary. `tavus-advanced` is deprecated and
    not recommended for new integrations. See the [STT layer documentation](/sections/conversational-video-
    interface/persona/stt) for details. """
    hotwords: str | Unset = UNSET
    """ The hotwords parameter lets you provide example phrases that guide the STT model to prioritize certain words
    or phrases—especially names, technical terms, or uncommon language. For instance, including "Roey is the name of
    the person you're speaking with" helps the model transcribe "Roey" correctly instead of "Rowie."
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stt_engine: str | Unset = UNSET
        if not isinstance(self.stt_engine, Unset):
            stt_engine = self.stt_engine

        hotwords = self.hotwords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stt_engine is not UNSET:
            field_dict["stt_engine"] = stt_engine
        if hotwords is not UNSET:
            field_dict["hotwords"] = hotwords

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _stt_engine = d.pop("stt_engine", UNSET)
        stt_engine: CreatePersonaBodyLayersSttSttEngine | Unset
        if isinstance(_stt_engine, Unset):
            stt_engine = UNSET
        else:
            stt_engine = check_create_persona_body_layers_stt_stt_engine(_stt_engine)

        hotwords = d.pop("hotwords", UNSET)

        create_persona_body_layers_stt = cls(
            stt_engine=stt_engine,
            hotwords=hotwords,
        )

        create_persona_body_layers_stt.additional_properties = d
        return create_persona_body_layers_stt

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
