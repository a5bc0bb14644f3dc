from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReplicaProperties")


@_attrs_define
class ReplicaProperties:
    """Omitted for `started_speaking`. On `stopped_speaking`, includes how long the replica spoke and whether stop was due
    to interruption.

    """

    duration: float | None
    """ Seconds (rounded), or `null` if timing unavailable. """
    interrupted: bool
    """ `true` if stop was due to interruption / mismatch vs natural end. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: float | None
        duration = self.duration

        interrupted = self.interrupted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "interrupted": interrupted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_duration(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        duration = _parse_duration(d.pop("duration"))

        interrupted = d.pop("interrupted")

        replica_properties = cls(
            duration=duration,
            interrupted=interrupted,
        )

        replica_properties.additional_properties = d
        return replica_properties

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
