from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_conversation_response_200_events_type_0_item import (
        GetConversationResponse200EventsType0Item,
    )


T = TypeVar("T", bound="GetConversationResponse200")


@_attrs_define
class GetConversationResponse200:
    conversation_id: None | str | Unset = UNSET
    """ A unique identifier for the conversation. """
    conversation_name: None | str | Unset = UNSET
    """ The name of the conversation. """
    conversation_url: None | str | Unset = UNSET
    """ A direct link to join the conversation. """
    callback_url: None | str | Unset = UNSET
    """ The url that will receive webhooks with updates of the conversation state. """
    status: None | str | Unset = UNSET
    """ The status of the conversation. """
    replica_id: None | str | Unset = UNSET
    """ A unique identifier for the replica used to create this conversation """
    persona_id: None | str | Unset = UNSET
    """ A unique identifier for the persona used to create this conversation """
    created_at: None | str | Unset = UNSET
    """ The date and time the conversation was created. """
    updated_at: None | str | Unset = UNSET
    """ The date and time of when the conversation was last updated. """
    events: list[GetConversationResponse200EventsType0Item] | None | Unset = UNSET
    """ When `verbose=true`, additional conversation events (e.g. shutdown, perception analysis payloads, end-of-
    call transcript). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        conversation_name: None | str | Unset
        if isinstance(self.conversation_name, Unset):
            conversation_name = UNSET
        else:
            conversation_name = self.conversation_name

        conversation_url: None | str | Unset
        if isinstance(self.conversation_url, Unset):
            conversation_url = UNSET
        else:
            conversation_url = self.conversation_url

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        replica_id: None | str | Unset
        if isinstance(self.replica_id, Unset):
            replica_id = UNSET
        else:
            replica_id = self.replica_id

        persona_id: None | str | Unset
        if isinstance(self.persona_id, Unset):
            persona_id = UNSET
        else:
            persona_id = self.persona_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        events: list[dict[str, Any]] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.to_dict()
                events.append(events_type_0_item)

        else:
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if conversation_name is not UNSET:
            field_dict["conversation_name"] = conversation_name
        if conversation_url is not UNSET:
            field_dict["conversation_url"] = conversation_url
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if status is not UNSET:
            field_dict["status"] = status
        if replica_id is not UNSET:
            field_dict["replica_id"] = replica_id
        if persona_id is not UNSET:
            field_dict["persona_id"] = persona_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_conversation_response_200_events_type_0_item import (
            GetConversationResponse200EventsType0Item,
        )

        d = dict(src_dict)

        def _parse_conversation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversation_id = _parse_conversation_id(d.pop("conversation_id", UNSET))

        def _parse_conversation_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversation_name = _parse_conversation_name(d.pop("conversation_name", UNSET))

        def _parse_conversation_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversation_url = _parse_conversation_url(d.pop("conversation_url", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_replica_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replica_id = _parse_replica_id(d.pop("replica_id", UNSET))

        def _parse_persona_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        persona_id = _parse_persona_id(d.pop("persona_id", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_events(
            data: object,
        ) -> list[GetConversationResponse200EventsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                events_type_0 = []
                _events_type_0 = data
                for events_type_0_item_data in _events_type_0:
                    events_type_0_item = (
                        GetConversationResponse200EventsType0Item.from_dict(
                            events_type_0_item_data
                        )
                    )

                    events_type_0.append(events_type_0_item)

                return events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[GetConversationResponse200EventsType0Item] | None | Unset, data
            )

        events = _parse_events(d.pop("events", UNSET))

        get_conversation_response_200 = cls(
            conversation_id=conversation_id,
            conversation_name=conversation_name,
            conversation_url=conversation_url,
            callback_url=callback_url,
            status=status,
            replica_id=replica_id,
            persona_id=persona_id,
            created_at=created_at,
            updated_at=updated_at,
            events=events,
        )

        get_conversation_response_200.additional_properties = d
        return get_conversation_response_200

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
