from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speaking_properties_role import (
    SpeakingPropertiesRole,
    check_speaking_properties_role,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpeakingProperties")


@_attrs_define
class SpeakingProperties:
    """Always includes `role` (`"replica"` or `"user"`) identifying who started or stopped speaking.

    On `conversation.stopped_speaking` only, also includes `interrupted` (whether the speaker was cut off mid-speech
    before finishing naturally) and `duration` (how long they spoke, in seconds; may be `null` if the start time could
    not be determined).

    """

    role: SpeakingPropertiesRole
    """ `replica` if the Tavus replica is the speaker, `user` if the end user is the speaker. """
    interrupted: bool | Unset = UNSET
    """ Whether the speaker was interrupted before finishing naturally. Only present on
    `conversation.stopped_speaking`. `true` means they were cut off mid-speech. """
    duration: float | None | Unset = UNSET
    """ How long the speaker was speaking, in seconds. Only present on `conversation.stopped_speaking`. May be
    `null` in rare cases where the start time could not be determined. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        interrupted = self.interrupted

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if interrupted is not UNSET:
            field_dict["interrupted"] = interrupted
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = check_speaking_properties_role(d.pop("role"))

        interrupted = d.pop("interrupted", UNSET)

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        speaking_properties = cls(
            role=role,
            interrupted=interrupted,
            duration=duration,
        )

        speaking_properties.additional_properties = d
        return speaking_properties

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
