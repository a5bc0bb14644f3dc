from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_persona_body_layers_conversational_flow_idle_engagement import (
    CreatePersonaBodyLayersConversationalFlowIdleEngagement,
    check_create_persona_body_layers_conversational_flow_idle_engagement,
)
from ..models.create_persona_body_layers_conversational_flow_replica_interruptibility import (
    CreatePersonaBodyLayersConversationalFlowReplicaInterruptibility,
    check_create_persona_body_layers_conversational_flow_replica_interruptibility,
)
from ..models.create_persona_body_layers_conversational_flow_turn_taking_patience import (
    CreatePersonaBodyLayersConversationalFlowTurnTakingPatience,
    check_create_persona_body_layers_conversational_flow_turn_taking_patience,
)
from ..models.create_persona_body_layers_conversational_flow_voice_isolation import (
    CreatePersonaBodyLayersConversationalFlowVoiceIsolation,
    check_create_persona_body_layers_conversational_flow_voice_isolation,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePersonaBodyLayersConversationalFlow")


@_attrs_define
class CreatePersonaBodyLayersConversationalFlow:
    """Controls conversational flow dynamics for the replica. When not explicitly provided, all fields default to None
    (turned off). If any parameter is provided, sensible defaults are applied to all other parameters. See more details
    [here](/sections/conversational-video-interface/persona/conversational-flow).

    """

    turn_detection_model: str | Unset = UNSET
    """ The model used for turn detection. Options include `sparrow-1` (recommended) for advanced turn detection
    that is faster, more accurate, and more natural, and `sparrow-0` (legacy) for standard turn detection. Default
    is `sparrow-1` when any conversational flow parameter is provided. """
    turn_taking_patience: (
        CreatePersonaBodyLayersConversationalFlowTurnTakingPatience | Unset
    ) = UNSET
    """ Controls how eagerly and quickly the replica claims conversational turns. Affects both response latency and
    likelihood of interrupting during natural pauses. `low` = eager and quick to respond, may interrupt pauses;
    `medium` (default) = balanced; `high` = patient, waits for clear turn completion. """
    replica_interruptibility: (
        CreatePersonaBodyLayersConversationalFlowReplicaInterruptibility | Unset
    ) = UNSET
    """ Controls how sensitive the replica is to user speech while the replica is talking. Determines whether the
    replica stops to listen or keeps speaking. `low` = keeps talking, less interruptible; `medium` (default) =
    balanced; `high` = stops easily, more interruptible. """
    voice_isolation: CreatePersonaBodyLayersConversationalFlowVoiceIsolation | Unset = (
        "near"
    )
    """ Controls the voice isolation model used on participant audio. Voice isolation separates speech from
    background noise in the participant's microphone audio. `near` (default) = separates speech from background
    noise for scenarios where the user is less than 1 meter away from the microphone; `off` = no voice isolation,
    raw audio is sent down the conversational pipeline. Default is `near`. """
    wake_phrase: str | Unset = UNSET
    """ A specific phrase the persona listens for before responding. When set, the persona remains silent until it
    hears the wake phrase, similar to a voice assistant. The persona still records all user utterances in the
    transcript so it has full conversation context when it does respond. Choose a phrase that is unique enough to
    avoid over-triggering (avoid generic greetings like `Hey`). Default is `None` (disabled). """
    idle_engagement: CreatePersonaBodyLayersConversationalFlowIdleEngagement | Unset = (
        "off"
    )
    """ Controls whether the replica proactively re-engages the user after a stretch of silence, and how eagerly.
    `off` (default) = the replica never breaks silence; `patient` = re-engages after longer silences, suited to
    tutors or contemplative use cases; `eager` = re-engages after shorter silences, suited to SDR or sales-style use
    cases. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        turn_detection_model = self.turn_detection_model

        turn_taking_patience: str | Unset = UNSET
        if not isinstance(self.turn_taking_patience, Unset):
            turn_taking_patience = self.turn_taking_patience

        replica_interruptibility: str | Unset = UNSET
        if not isinstance(self.replica_interruptibility, Unset):
            replica_interruptibility = self.replica_interruptibility

        voice_isolation: str | Unset = UNSET
        if not isinstance(self.voice_isolation, Unset):
            voice_isolation = self.voice_isolation

        wake_phrase = self.wake_phrase

        idle_engagement: str | Unset = UNSET
        if not isinstance(self.idle_engagement, Unset):
            idle_engagement = self.idle_engagement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if turn_detection_model is not UNSET:
            field_dict["turn_detection_model"] = turn_detection_model
        if turn_taking_patience is not UNSET:
            field_dict["turn_taking_patience"] = turn_taking_patience
        if replica_interruptibility is not UNSET:
            field_dict["replica_interruptibility"] = replica_interruptibility
        if voice_isolation is not UNSET:
            field_dict["voice_isolation"] = voice_isolation
        if wake_phrase is not UNSET:
            field_dict["wake_phrase"] = wake_phrase
        if idle_engagement is not UNSET:
            field_dict["idle_engagement"] = idle_engagement

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        turn_detection_model = d.pop("turn_detection_model", UNSET)

        _turn_taking_patience = d.pop("turn_taking_patience", UNSET)
        turn_taking_patience: (
            CreatePersonaBodyLayersConversationalFlowTurnTakingPatience | Unset
        )
        if isinstance(_turn_taking_patience, Unset):
            turn_taking_patience = UNSET
        else:
            turn_taking_patience = check_create_persona_body_layers_conversational_flow_turn_taking_patience(
                _turn_taking_patience
            )

        _replica_interruptibility = d.pop("replica_interruptibility", UNSET)
        replica_interruptibility: (
            CreatePersonaBodyLayersConversationalFlowReplicaInterruptibility | Unset
        )
        if isinstance(_replica_interruptibility, Unset):
            replica_interruptibility = UNSET
        else:
            replica_interruptibility = check_create_persona_body_layers_conversational_flow_replica_interruptibility(
                _replica_interruptibility
            )

        _voice_isolation = d.pop("voice_isolation", UNSET)
        voice_isolation: CreatePersonaBodyLayersConversationalFlowVoiceIsolation | Unset
        if isinstance(_voice_isolation, Unset):
            voice_isolation = UNSET
        else:
            voice_isolation = (
                check_create_persona_body_layers_conversational_flow_voice_isolation(
                    _voice_isolation
                )
            )

        wake_phrase = d.pop("wake_phrase", UNSET)

        _idle_engagement = d.pop("idle_engagement", UNSET)
        idle_engagement: CreatePersonaBodyLayersConversationalFlowIdleEngagement | Unset
        if isinstance(_idle_engagement, Unset):
            idle_engagement = UNSET
        else:
            idle_engagement = (
                check_create_persona_body_layers_conversational_flow_idle_engagement(
                    _idle_engagement
                )
            )

        create_persona_body_layers_conversational_flow = cls(
            turn_detection_model=turn_detection_model,
            turn_taking_patience=turn_taking_patience,
            replica_interruptibility=replica_interruptibility,
            voice_isolation=voice_isolation,
            wake_phrase=wake_phrase,
            idle_engagement=idle_engagement,
        )

        create_persona_body_layers_conversational_flow.additional_properties = d
        return create_persona_body_layers_conversational_flow

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
