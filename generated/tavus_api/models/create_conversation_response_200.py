from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateConversationResponse200")


@_attrs_define
class CreateConversationResponse200:
    conversation_id: None | str | Unset = UNSET
    """ A unique identifier for the conversation. """
    conversation_name: None | str | Unset = UNSET
    """ The name of the conversation. """
    conversation_url: None | str | Unset = UNSET
    """ A direct link to join the conversation. This link can be used to join the conversation directly or can be
    embedded in a website. """
    status: None | str | Unset = UNSET
    """ The status of the conversation. Possible values: `active`, `ended`. """
    callback_url: None | str | Unset = UNSET
    """ The url that will receive webhooks with updates of the conversation state. """
    created_at: None | str | Unset = UNSET
    """ The date and time the conversation was created. """
    meeting_token: None | str | Unset = UNSET
    """ A short-lived JWT token required to join the conversation. Only returned when `require_auth` is true. Append
    as `?t=TOKEN` to the conversation URL or pass to Daily SDK's join() method. """
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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        meeting_token: None | str | Unset
        if isinstance(self.meeting_token, Unset):
            meeting_token = UNSET
        else:
            meeting_token = self.meeting_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if conversation_name is not UNSET:
            field_dict["conversation_name"] = conversation_name
        if conversation_url is not UNSET:
            field_dict["conversation_url"] = conversation_url
        if status is not UNSET:
            field_dict["status"] = status
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if meeting_token is not UNSET:
            field_dict["meeting_token"] = meeting_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_meeting_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_token = _parse_meeting_token(d.pop("meeting_token", UNSET))

        create_conversation_response_200 = cls(
            conversation_id=conversation_id,
            conversation_name=conversation_name,
            conversation_url=conversation_url,
            status=status,
            callback_url=callback_url,
            created_at=created_at,
            meeting_token=meeting_token,
        )

        create_conversation_response_200.additional_properties = d
        return create_conversation_response_200

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
