from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_conversation_response_200_events_type_0_item_properties_type_0 import (
        GetConversationResponse200EventsType0ItemPropertiesType0,
    )


T = TypeVar("T", bound="GetConversationResponse200EventsType0Item")


@_attrs_define
class GetConversationResponse200EventsType0Item:
    event_type: None | str | Unset = UNSET
    """ Event name (e.g. system.replica_joined, application.transcription_ready, application.perception_analysis).
    """
    timestamp: None | str | Unset = UNSET
    """ ISO 8601 time of the event. """
    properties: (
        GetConversationResponse200EventsType0ItemPropertiesType0 | None | Unset
    ) = UNSET
    """ Event-specific payload when present. For `application.transcription_ready`, includes a `transcript` array of
    per-turn entries. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_conversation_response_200_events_type_0_item_properties_type_0 import (
            GetConversationResponse200EventsType0ItemPropertiesType0,
        )

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        else:
            event_type = self.event_type

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(
            self.properties, GetConversationResponse200EventsType0ItemPropertiesType0
        ):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_conversation_response_200_events_type_0_item_properties_type_0 import (
            GetConversationResponse200EventsType0ItemPropertiesType0,
        )

        d = dict(src_dict)

        def _parse_event_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_type = _parse_event_type(d.pop("event_type", UNSET))

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_properties(
            data: object,
        ) -> GetConversationResponse200EventsType0ItemPropertiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = (
                    GetConversationResponse200EventsType0ItemPropertiesType0.from_dict(
                        data
                    )
                )

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetConversationResponse200EventsType0ItemPropertiesType0 | None | Unset,
                data,
            )

        properties = _parse_properties(d.pop("properties", UNSET))

        get_conversation_response_200_events_type_0_item = cls(
            event_type=event_type,
            timestamp=timestamp,
            properties=properties,
        )

        get_conversation_response_200_events_type_0_item.additional_properties = d
        return get_conversation_response_200_events_type_0_item

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
