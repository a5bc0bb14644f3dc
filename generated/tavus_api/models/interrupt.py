from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Interrupt")


@_attrs_define
class Interrupt:
    """#### Inbound: Broadcast this to Tavus to externally interrupt the replica so it stops talking—commonly used with
    [Echo](/sections/event-schemas/conversation-echo).

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.interrupt', 'conversation_id': 'your-conversation-
                id'}

    """

    message_type: str | Unset = UNSET
    """ `conversation` for conversation-layer app messages. """
    event_type: str | Unset = UNSET
    """ `conversation.interrupt`. """
    conversation_id: str | Unset = UNSET
    """ Omitted when empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type

        event_type = self.event_type

        conversation_id = self.conversation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_type = d.pop("message_type", UNSET)

        event_type = d.pop("event_type", UNSET)

        conversation_id = d.pop("conversation_id", UNSET)

        interrupt = cls(
            message_type=message_type,
            event_type=event_type,
            conversation_id=conversation_id,
        )

        interrupt.additional_properties = d
        return interrupt

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
