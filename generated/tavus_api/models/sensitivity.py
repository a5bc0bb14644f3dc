from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sensitivity_properties import SensitivityProperties


T = TypeVar("T", bound="Sensitivity")


@_attrs_define
class Sensitivity:
    """#### Inbound: Broadcast this to Tavus to update VAD sensitivity using `participant_pause_sensitivity` or
    `participant_interrupt_sensitivity`—how long you can pause before the replica replies versus how easily you can
    interrupt it.

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.sensitivity', 'conversation_id': 'your-
                conversation-id', 'properties': {'participant_interrupt_sensitivity': 'medium'}}

    """

    message_type: str | Unset = UNSET
    """ `conversation` for conversation-layer app messages. """
    event_type: str | Unset = UNSET
    """ `conversation.sensitivity`. """
    conversation_id: str | Unset = UNSET
    """ The unique identifier for the conversation. """
    properties: SensitivityProperties | Unset = UNSET
    """ Send exactly one of the two keys per message (not both). Enum values are listed on each field. UX mapping
    overlaps [Conversational Flow](/sections/conversational-video-interface/persona/conversational-flow)
    (`turn_taking_patience`, `replica_interruptibility`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type

        event_type = self.event_type

        conversation_id = self.conversation_id

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sensitivity_properties import SensitivityProperties

        d = dict(src_dict)
        message_type = d.pop("message_type", UNSET)

        event_type = d.pop("event_type", UNSET)

        conversation_id = d.pop("conversation_id", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: SensitivityProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = SensitivityProperties.from_dict(_properties)

        sensitivity = cls(
            message_type=message_type,
            event_type=event_type,
            conversation_id=conversation_id,
            properties=properties,
        )

        sensitivity.additional_properties = d
        return sensitivity

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
