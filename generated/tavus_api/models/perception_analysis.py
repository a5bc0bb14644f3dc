from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.perception_analysis_properties import PerceptionAnalysisProperties


T = TypeVar("T", bound="PerceptionAnalysis")


@_attrs_define
class PerceptionAnalysis:
    """#### Outbound: After the conversation ends and the replica has summarized what was visually observed, Tavus sends
    that full perception analysis (Raven-1 personas).

    Requires Raven-style perception; see [Perception — end-of-call perception analysis](/sections/conversational-video-
    interface/persona/perception#end-of-call-perception-analysis).

        Example:
            {'message_type': 'conversation', 'event_type': 'conversation.perception_analysis', 'seq': 128,
                'conversation_id': 'your-conversation-id', 'inference_id': '550e8400-e29b-41d4-a716-446655440000', 'turn_idx':
                3, 'properties': {'analysis': 'Bulleted summary of recent visual / ambient observations.'}}

    """

    message_type: str | Unset = UNSET
    """ `conversation` for conversation-layer app messages. """
    event_type: str | Unset = UNSET
    """ `conversation.perception_analysis`. """
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
    """ Present when the frame carries a UUID `id`. """
    turn_idx: int | Unset = UNSET
    """ Turn index; increments when `conversation.respond` is processed. Groups utterances, tool calls, and
    speaking-state events for the same turn. See [Event ordering and turn tracking](/sections/conversational-video-
    interface/interactions-protocols/overview#event-ordering-and-turn-tracking). """
    properties: PerceptionAnalysisProperties | Unset = UNSET
    """ Omitted when empty. """
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
        from ..models.perception_analysis_properties import PerceptionAnalysisProperties

        d = dict(src_dict)
        message_type = d.pop("message_type", UNSET)

        event_type = d.pop("event_type", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        seq = d.pop("seq", UNSET)

        conversation_id = d.pop("conversation_id", UNSET)

        inference_id = d.pop("inference_id", UNSET)

        turn_idx = d.pop("turn_idx", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: PerceptionAnalysisProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = PerceptionAnalysisProperties.from_dict(_properties)

        perception_analysis = cls(
            message_type=message_type,
            event_type=event_type,
            timestamp=timestamp,
            seq=seq,
            conversation_id=conversation_id,
            inference_id=inference_id,
            turn_idx=turn_idx,
            properties=properties,
        )

        perception_analysis.additional_properties = d
        return perception_analysis

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
