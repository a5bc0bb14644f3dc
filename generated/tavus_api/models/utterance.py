from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.utterance_properties import UtteranceProperties


T = TypeVar("T", bound="Utterance")


@_attrs_define
class Utterance:
    """#### Outbound: Tavus tells you who spoke and the full utterance text for that turn (from when they started until
    they finished, which may be more than one sentence).

    Compare with [`conversation.utterance.streaming`](/sections/event-schemas/conversation-utterance-streaming) for
    progressive replica text and interruption flags.

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.utterance', 'seq': 600, 'conversation_id': 'your-
                conversation-id', 'inference_id': '550e8400-e29b-41d4-a716-446655440000', 'turn_idx': 8, 'properties': {'role':
                'replica', 'speech': 'Full assistant reply for this inference.', 'user_audio_analysis': 'optional short
                summary', 'user_visual_analysis': 'optional short summary', 'interrupted': True}}

    """

    message_type: str | Unset = UNSET
    """ `conversation` for conversation-layer app messages. """
    event_type: str | Unset = UNSET
    """ `conversation.utterance`. """
    timestamp: float | Unset = UNSET
    """ Unix timestamp (seconds since epoch) indicating when this event was created. Use this to build timestamped
    transcripts or reconstruct the timeline of a conversation. """
    seq: int | Unset = UNSET
    """ Monotonic per event; a higher `seq` was emitted later. Use with `turn_idx` as in [Event ordering and turn
    tracking](/sections/conversational-video-interface/interactions-protocols/overview#event-ordering-and-turn-
    tracking). """
    conversation_id: str | Unset = UNSET
    """ The unique identifier for the conversation. """
    inference_id: str | Unset = UNSET
    """ This is a unique identifier for a given utterance. In this case, it will be the utterance the replica is
    speaking. """
    turn_idx: int | Unset = UNSET
    """ Turn index; increments when `conversation.respond` is processed. Groups utterances, tool calls, and
    speaking-state events for the same turn. See [Event ordering and turn tracking](/sections/conversational-video-
    interface/interactions-protocols/overview#event-ordering-and-turn-tracking). """
    properties: UtteranceProperties | Unset = UNSET
    """ Omitted when empty. When the speaker is the user and the persona uses Raven-1, optional
    `user_audio_analysis` / `user_visual_analysis` may appear when non-empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type

        event_type = self.event_type

        timestamp = self.timestamp

        seq = self.seq

        conversation_id = self.conversation_id

        inference_id = self.inference_id

        turn_idx = self.turn_idx

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
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if seq is not UNSET:
            field_dict["seq"] = seq
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if inference_id is not UNSET:
            field_dict["inference_id"] = inference_id
        if turn_idx is not UNSET:
            field_dict["turn_idx"] = turn_idx
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.utterance_properties import UtteranceProperties

        d = dict(src_dict)
        message_type = d.pop("message_type", UNSET)

        event_type = d.pop("event_type", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        seq = d.pop("seq", UNSET)

        conversation_id = d.pop("conversation_id", UNSET)

        inference_id = d.pop("inference_id", UNSET)

        turn_idx = d.pop("turn_idx", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: UtteranceProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = UtteranceProperties.from_dict(_properties)

        utterance = cls(
            message_type=message_type,
            event_type=event_type,
            timestamp=timestamp,
            seq=seq,
            conversation_id=conversation_id,
            inference_id=inference_id,
            turn_idx=turn_idx,
            properties=properties,
        )

        utterance.additional_properties = d
        return utterance

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
