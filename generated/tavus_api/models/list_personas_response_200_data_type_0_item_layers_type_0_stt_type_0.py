from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListPersonasResponse200DataType0ItemLayersType0SttType0")


@_attrs_define
class ListPersonasResponse200DataType0ItemLayersType0SttType0:
    stt_engine: None | str | Unset = UNSET
    """ The STT engine that will be used. `tavus-turbo` is our lowest-latency model, but `tavus-advanced` provides
    higher transcription accuracy. Please note that non-English languages will default to `tavus-advanced` if not
    specified. """
    participant_pause_sensitivity: None | str | Unset = UNSET
    """ Use this parameter to control how long of a pause you can take before the replica will respond to you. See
    more details [here](/sections/conversational-video-interface/persona/stt#2-participant-pause-sensitivity). The
    default is `medium`, but you can adjust this to `low` or `high` depending on your needs. """
    participant_interrupt_sensitivity: None | str | Unset = UNSET
    """ Use this parameter to control how long you can speak before the replica will be interrupted by you. See more
    details [here](/sections/conversational-video-interface/persona/stt#3-participant-interrupt-sensitivity). The
    default is `medium`, but you can adjust this to `low` or `high` depending on your needs. """
    hotwords: None | str | Unset = UNSET
    """ The hotwords that will be used for the STT engine. """
    smart_turn_detection: bool | None | Unset = UNSET
    """ Smart Turn Detection enhances the natural flow of conversation between participants and digital replicas.
    This intelligent system is powered by the Sparrow model, which uses lexical and semantic analysis to determine
    the optimal moment for the digital replica to respond. The default value is set to true.

     **How it works:**
     - Continuously evaluates the participant's speech patterns and content
     - Assesses the likelihood that the participant has finished speaking
     - Multilingual, support for 100 languages
     - Works seamlessly with both speculative and non-speculative inference,
     - Continuously uses participant speech patterns and content to determine how long to wait to respond.
     - Works in conjunction with the `participant_pause_sensitivity` setting, which adjusts the maximum pause for
    when participant is clearly not done.

     **Key benefits:**
     - **Rapid response:** Triggers quick replies when the participant has definitively concluded their statement.
     - **Extended listening:** Allows more time when the participant is clearly in the middle of expressing a
    thought.

     Enabling Smart Turn Detection creates a more natural and engaging conversational experience, allowing the
    digital replica to interact more seamlessly with human participants.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stt_engine: None | str | Unset
        if isinstance(self.stt_engine, Unset):
            stt_engine = UNSET
        else:
            stt_engine = self.stt_engine

        participant_pause_sensitivity: None | str | Unset
        if isinstance(self.participant_pause_sensitivity, Unset):
            participant_pause_sensitivity = UNSET
        else:
            participant_pause_sensitivity = self.participant_pause_sensitivity

        participant_interrupt_sensitivity: None | str | Unset
        if isinstance(self.participant_interrupt_sensitivity, Unset):
            participant_interrupt_sensitivity = UNSET
        else:
            participant_interrupt_sensitivity = self.participant_interrupt_sensitivity

        hotwords: None | str | Unset
        if isinstance(self.hotwords, Unset):
            hotwords = UNSET
        else:
            hotwords = self.hotwords

        smart_turn_detection: bool | None | Unset
        if isinstance(self.smart_turn_detection, Unset):
            smart_turn_detection = UNSET
        else:
            smart_turn_detection = self.smart_turn_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stt_engine is not UNSET:
            field_dict["stt_engine"] = stt_engine
        if participant_pause_sensitivity is not UNSET:
            field_dict["participant_pause_sensitivity"] = participant_pause_sensitivity
        if participant_interrupt_sensitivity is not UNSET:
            field_dict["participant_interrupt_sensitivity"] = (
                participant_interrupt_sensitivity
            )
        if hotwords is not UNSET:
            field_dict["hotwords"] = hotwords
        if smart_turn_detection is not UNSET:
            field_dict["smart_turn_detection"] = smart_turn_detection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_stt_engine(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stt_engine = _parse_stt_engine(d.pop("stt_engine", UNSET))

        def _parse_participant_pause_sensitivity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        participant_pause_sensitivity = _parse_participant_pause_sensitivity(
            d.pop("participant_pause_sensitivity", UNSET)
        )

        def _parse_participant_interrupt_sensitivity(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        participant_interrupt_sensitivity = _parse_participant_interrupt_sensitivity(
            d.pop("participant_interrupt_sensitivity", UNSET)
        )

        def _parse_hotwords(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hotwords = _parse_hotwords(d.pop("hotwords", UNSET))

        def _parse_smart_turn_detection(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        smart_turn_detection = _parse_smart_turn_detection(
            d.pop("smart_turn_detection", UNSET)
        )

        list_personas_response_200_data_type_0_item_layers_type_0_stt_type_0 = cls(
            stt_engine=stt_engine,
            participant_pause_sensitivity=participant_pause_sensitivity,
            participant_interrupt_sensitivity=participant_interrupt_sensitivity,
            hotwords=hotwords,
            smart_turn_detection=smart_turn_detection,
        )

        list_personas_response_200_data_type_0_item_layers_type_0_stt_type_0.additional_properties = d
        return list_personas_response_200_data_type_0_item_layers_type_0_stt_type_0

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
