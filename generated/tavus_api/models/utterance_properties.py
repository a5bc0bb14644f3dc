from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UtteranceProperties")


@_attrs_define
class UtteranceProperties:
    """Omitted when empty. When the speaker is the user and the persona uses Raven-1, optional `user_audio_analysis` /
    `user_visual_analysis` may appear when non-empty.

    """

    role: str
    """ Typically `replica` or `user`. """
    speech: str
    """ Plain text after server-side sanitization. For `replica`, this is the full LLM response text for the
    inference (which may differ from words actually spoken if the user barged in); internal LLM chat history is
    truncated to what was actually spoken on interruption. """
    user_audio_analysis: str | Unset = UNSET
    """ Optional; omitted when empty. Short summary of tone/delivery when available (e.g. Raven-1). """
    user_visual_analysis: str | Unset = UNSET
    """ Optional; omitted when empty. Short visual/demeanor summary when available (e.g. Raven-1). """
    interrupted: bool | Unset = UNSET
    """ Only included when `true` (barge-in / interrupted completion). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        speech = self.speech

        user_audio_analysis = self.user_audio_analysis

        user_visual_analysis = self.user_visual_analysis

        interrupted = self.interrupted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "speech": speech,
            }
        )
        if user_audio_analysis is not UNSET:
            field_dict["user_audio_analysis"] = user_audio_analysis
        if user_visual_analysis is not UNSET:
            field_dict["user_visual_analysis"] = user_visual_analysis
        if interrupted is not UNSET:
            field_dict["interrupted"] = interrupted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = d.pop("role")

        speech = d.pop("speech")

        user_audio_analysis = d.pop("user_audio_analysis", UNSET)

        user_visual_analysis = d.pop("user_visual_analysis", UNSET)

        interrupted = d.pop("interrupted", UNSET)

        utterance_properties = cls(
            role=role,
            speech=speech,
            user_audio_analysis=user_audio_analysis,
            user_visual_analysis=user_visual_analysis,
            interrupted=interrupted,
        )

        utterance_properties.additional_properties = d
        return utterance_properties

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
