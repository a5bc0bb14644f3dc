from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speaking_event_type import SpeakingEventType, check_speaking_event_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.speaking_properties import SpeakingProperties


T = TypeVar("T", bound="Speaking")


@_attrs_define
class Speaking:
    """#### Outbound: Tavus notifies you when the replica or the user starts or stops speaking, using one event stream and
    a `properties.role` field instead of separate user- versus replica-only events.

    `conversation.started_speaking` fires when either party begins speaking; `conversation.stopped_speaking` when either
    stops.

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.stopped_speaking', 'seq': 601, 'inference_id':
                '83294d9f-8306-491b-a284-791f56c8383f', 'turn_idx': 3, 'properties': {'role': 'replica', 'interrupted': False,
                'duration': 2.341}}

    """

    message_type: str | Unset = UNSET
    """ `conversation` for conversation-layer app messages. """
    event_type: SpeakingEventType | Unset = UNSET
    """ `conversation.started_speaking` or `conversation.stopped_speaking`. """
    timestamp: float | Unset = UNSET
    """ Unix timestamp (seconds since epoch) indicating when this event was created. Use this to build timestamped
    transcripts or reconstruct the timeline of a conversation. """
    seq: int | Unset = UNSET
    """ Monotonic per event; a higher `seq` was emitted later. Use with `turn_idx` as in [Event ordering and turn
    tracking](/sections/conversational-video-interface/interactions-protocols/overview#event-ordering-and-turn-
    tracking). """
    inference_id: str | Unset = UNSET
    """ Identifier for correlating this speaking span with [`conversation.utterance`](/sections/event-
    schemas/conversation-utterance), [`conversation.tool_call`](/sections/event-schemas/conversation-toolcall), and
    other events from the same turn. """
    turn_idx: int | Unset = UNSET
    """ Turn index; increments when `conversation.respond` is processed. Groups utterances, tool calls, and
    speaking-state events for the same turn. See [Event ordering and turn tracking](/sections/conversational-video-
    interface/interactions-protocols/overview#event-ordering-and-turn-tracking). """
    properties: SpeakingProperties | Unset = UNSET
    """ Always includes `role` (`"replica"` or `"user"`) identifying who started or stopped speaking.

    On `conversation.stopped_speaking` only, also includes `interrupted` (whether the speaker was cut off mid-speech
    before finishing naturally) and `duration` (how long they spoke, in seconds; may be `null` if the start time
    could not be determined).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type

        timestamp = self.timestamp

        seq = self.seq

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
        if inference_id is not UNSET:
            field_dict["inference_id"] = inference_id
        if turn_idx is not UNSET:
            field_dict["turn_idx"] = turn_idx
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.speaking_properties import SpeakingProperties

        d = dict(src_dict)
        message_type = d.pop("message_type", UNSET)

        _event_type = d.pop("event_type", UNSET)
        event_type: SpeakingEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = check_speaking_event_type(_event_type)

        timestamp = d.pop("timestamp", UNSET)

        seq = d.pop("seq", UNSET)

        inference_id = d.pop("inference_id", UNSET)

        turn_idx = d.pop("turn_idx", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: SpeakingProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = SpeakingProperties.from_dict(_properties)

        speaking = cls(
            message_type=message_type,
            event_type=event_type,
            timestamp=timestamp,
            seq=seq,
            inference_id=inference_id,
            turn_idx=turn_idx,
            properties=properties,
        )

        speaking.additional_properties = d
        return speaking

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
