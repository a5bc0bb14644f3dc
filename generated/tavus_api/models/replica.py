from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.replica_event_type import ReplicaEventType, check_replica_event_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.replica_properties import ReplicaProperties


T = TypeVar("T", bound="Replica")


@_attrs_define
class Replica:
    """#### Outbound: Tavus tells you when the replica has just started or stopped speaking—use stopped events for how long
    it spoke and whether the user interrupted.

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.replica.stopped_speaking', 'seq': 201,
                'conversation_id': 'your-conversation-id', 'inference_id': '550e8400-e29b-41d4-a716-446655440000', 'turn_idx':
                4, 'properties': {'duration': 4.512, 'interrupted': False}}

    """

    message_type: str | Unset = UNSET
    """ `conversation` for conversation-layer app messages. """
    event_type: ReplicaEventType | Unset = UNSET
    """ `conversation.replica.started_speaking` or `conversation.replica.stopped_speaking`. """
    timestamp: float | Unset = UNSET
    """ Unix timestamp (seconds since epoch) indicating when this event was created. Use this to build timestamped
    transcripts or reconstruct the timeline of a conversation. """
    seq: int | Unset = UNSET
    """ Monotonic per event; a higher `seq` was emitted later. Use with `turn_idx` as in [Event ordering and turn
    tracking](/sections/conversational-video-interface/interactions-protocols/overview#event-ordering-and-turn-
    tracking). """
    conversation_id: str | Unset = UNSET
    """ Omitted when empty. """
    inference_id: str | Unset = UNSET
    """ UUID for the replica utterance when present at envelope level (matches transport `id`). Correlate with
    [`conversation.utterance`](/sections/event-schemas/conversation-utterance) and
    [`conversation.tool_call`](/sections/event-schemas/conversation-toolcall). """
    turn_idx: int | Unset = UNSET
    """ Turn index; increments when `conversation.respond` is processed. Groups utterances, tool calls, and
    speaking-state events for the same turn. See [Event ordering and turn tracking](/sections/conversational-video-
    interface/interactions-protocols/overview#event-ordering-and-turn-tracking). """
    properties: ReplicaProperties | Unset = UNSET
    """ Omitted for `started_speaking`. On `stopped_speaking`, includes how long the replica spoke and whether stop
    was due to interruption. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
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
        from ..models.replica_properties import ReplicaProperties

        d = dict(src_dict)
        message_type = d.pop("message_type", UNSET)

        _event_type = d.pop("event_type", UNSET)
        event_type: ReplicaEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = check_replica_event_type(_event_type)

        timestamp = d.pop("timestamp", UNSET)

        seq = d.pop("seq", UNSET)

        conversation_id = d.pop("conversation_id", UNSET)

        inference_id = d.pop("inference_id", UNSET)

        turn_idx = d.pop("turn_idx", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: ReplicaProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = ReplicaProperties.from_dict(_properties)

        replica = cls(
            message_type=message_type,
            event_type=event_type,
            timestamp=timestamp,
            seq=seq,
            conversation_id=conversation_id,
            inference_id=inference_id,
            turn_idx=turn_idx,
            properties=properties,
        )

        replica.additional_properties = d
        return replica

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
