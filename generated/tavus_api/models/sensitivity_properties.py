from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sensitivity_properties_participant_interrupt_sensitivity import (
    SensitivityPropertiesParticipantInterruptSensitivity,
    check_sensitivity_properties_participant_interrupt_sensitivity,
)
from ..models.sensitivity_properties_participant_pause_sensitivity import (
    SensitivityPropertiesParticipantPauseSensitivity,
    check_sensitivity_properties_participant_pause_sensitivity,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SensitivityProperties")


@_attrs_define
class SensitivityProperties:
    """Send exactly one of the two keys per message (not both). Enum values are listed on each field. UX mapping overlaps
    [Conversational Flow](/sections/conversational-video-interface/persona/conversational-flow) (`turn_taking_patience`,
    `replica_interruptibility`).

    """

    participant_pause_sensitivity: (
        SensitivityPropertiesParticipantPauseSensitivity | Unset
    ) = UNSET
    """ How long a pause before the replica responds. """
    participant_interrupt_sensitivity: (
        SensitivityPropertiesParticipantInterruptSensitivity | Unset
    ) = UNSET
    """ How readily the user’s speech interrupts the replica. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant_pause_sensitivity: str | Unset = UNSET
        if not isinstance(self.participant_pause_sensitivity, Unset):
            participant_pause_sensitivity = self.participant_pause_sensitivity

        participant_interrupt_sensitivity: str | Unset = UNSET
        if not isinstance(self.participant_interrupt_sensitivity, Unset):
            participant_interrupt_sensitivity = self.participant_interrupt_sensitivity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if participant_pause_sensitivity is not UNSET:
            field_dict["participant_pause_sensitivity"] = participant_pause_sensitivity
        if participant_interrupt_sensitivity is not UNSET:
            field_dict["participant_interrupt_sensitivity"] = (
                participant_interrupt_sensitivity
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _participant_pause_sensitivity = d.pop("participant_pause_sensitivity", UNSET)
        participant_pause_sensitivity: (
            SensitivityPropertiesParticipantPauseSensitivity | Unset
        )
        if isinstance(_participant_pause_sensitivity, Unset):
            participant_pause_sensitivity = UNSET
        else:
            participant_pause_sensitivity = (
                check_sensitivity_properties_participant_pause_sensitivity(
                    _participant_pause_sensitivity
                )
            )

        _participant_interrupt_sensitivity = d.pop(
            "participant_interrupt_sensitivity", UNSET
        )
        participant_interrupt_sensitivity: (
            SensitivityPropertiesParticipantInterruptSensitivity | Unset
        )
        if isinstance(_participant_interrupt_sensitivity, Unset):
            participant_interrupt_sensitivity = UNSET
        else:
            participant_interrupt_sensitivity = (
                check_sensitivity_properties_participant_interrupt_sensitivity(
                    _participant_interrupt_sensitivity
                )
            )

        sensitivity_properties = cls(
            participant_pause_sensitivity=participant_pause_sensitivity,
            participant_interrupt_sensitivity=participant_interrupt_sensitivity,
        )

        sensitivity_properties.additional_properties = d
        return sensitivity_properties

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
