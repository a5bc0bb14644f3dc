from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_api_properties import RealtimeApiProperties


T = TypeVar("T", bound="RealtimeApi")


@_attrs_define
class RealtimeApi:
    """#### This is no longer supported by Tavus.

    Previously: forward OpenAI realtime event bodies through this channel so Tavus could relay realtime session updates
    to OpenAI.

    """

    message_type: str | Unset = UNSET
    """ `conversation` for conversation-layer app messages. """
    event_type: str | Unset = UNSET
    """ `conversation.realtime_api`. """
    conversation_id: str | Unset = UNSET
    """ The unique identifier for the conversation. """
    properties: RealtimeApiProperties | Unset = UNSET
    """ The properties act as a way to forward realtime events from Tavus to OpenAI. Pass your OpenAI realtime event
    body in here. """
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
        from ..models.realtime_api_properties import RealtimeApiProperties

        d = dict(src_dict)
        message_type = d.pop("message_type", UNSET)

        event_type = d.pop("event_type", UNSET)

        conversation_id = d.pop("conversation_id", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: RealtimeApiProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = RealtimeApiProperties.from_dict(_properties)

        realtime_api = cls(
            message_type=message_type,
            event_type=event_type,
            conversation_id=conversation_id,
            properties=properties,
        )

        realtime_api.additional_properties = d
        return realtime_api

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
