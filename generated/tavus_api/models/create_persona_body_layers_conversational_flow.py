from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_persona_body_layers_conversational_flow_replica_interruptibility import (
    CreatePersonaBodyLayersConversationalFlowReplicaInterruptibility,
    check_create_persona_body_layers_conversational_flow_replica_interruptibility,
)
from ..models.create_persona_body_layers_conversational_flow_turn_taking_patience import (
    CreatePersonaBodyLayersConversationalFlowTurnTakingPatience,
    check_create_persona_body_layers_conversational_flow_turn_taking_patience,
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
    that is faster, more accurate, and more natural, `sparrow-0` (legacy) for standard turn detection, and `time-
    based` for simple timeout-based detection. Default is `sparrow-1` when any conversational flow parameter is
    provided. """
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        turn_detection_model = self.turn_detection_model

        turn_taking_patience: str | Unset = UNSET
        if not isinstance(self.turn_taking_patience, Unset):
            turn_taking_patience = self.turn_taking_patience

        replica_interruptibility: str | Unset = UNSET
        if not isinstance(self.replica_interruptibility, Unset):
            replica_interruptibility = self.replica_interruptibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if turn_detection_model is not UNSET:
            field_dict["turn_detection_model"] = turn_detection_model
        if turn_taking_patience is not UNSET:
            field_dict["turn_taking_patience"] = turn_taking_patience
        if replica_interruptibility is not UNSET:
            field_dict["replica_interruptibility"] = replica_interruptibility

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

        create_persona_body_layers_conversational_flow = cls(
            turn_detection_model=turn_detection_model,
            turn_taking_patience=turn_taking_patience,
            replica_interruptibility=replica_interruptibility,
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
