from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationUtteranceStreamingProperties")


@_attrs_define
class ConversationUtteranceStreamingProperties:
    """Replica and user streaming share this shape; `is_interrupted` appears on replica messages when relevant."""

    role: str
    """ `replica` or `user` (fixed per frame class in the transport layer). """
    speech: str
    """ Full accumulated transcript for this turn so far (partial until `final` is true). """
    content_index: int
    """ Monotonic index per streaming sequence for ordering. """
    final: bool
    """ `true` when no further chunks for this turn. """
    is_interrupted: bool | Unset = UNSET
    """ Replica only: barge-in / interrupted completion. Omitted on user streaming (implicit non-interrupted
    behavior). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        speech = self.speech

        content_index = self.content_index

        final = self.final

        is_interrupted = self.is_interrupted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "speech": speech,
                "content_index": content_index,
                "final": final,
            }
        )
        if is_interrupted is not UNSET:
            field_dict["is_interrupted"] = is_interrupted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = d.pop("role")

        speech = d.pop("speech")

        content_index = d.pop("content_index")

        final = d.pop("final")

        is_interrupted = d.pop("is_interrupted", UNSET)

        conversation_utterance_streaming_properties = cls(
            role=role,
            speech=speech,
            content_index=content_index,
            final=final,
            is_interrupted=is_interrupted,
        )

        conversation_utterance_streaming_properties.additional_properties = d
        return conversation_utterance_streaming_properties

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
