from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.perception_tool_call_properties_modality import (
    PerceptionToolCallPropertiesModality,
    check_perception_tool_call_properties_modality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.perception_tool_call_properties_arguments_type_1 import (
        PerceptionToolCallPropertiesArgumentsType1,
    )
    from ..models.perception_tool_call_properties_frames_item import (
        PerceptionToolCallPropertiesFramesItem,
    )


T = TypeVar("T", bound="PerceptionToolCallProperties")


@_attrs_define
class PerceptionToolCallProperties:
    """Tool name, modality from the perception step, arguments as returned by the model, optional non-empty `frames` for
    multimodal metadata.

    """

    modality: PerceptionToolCallPropertiesModality
    """ Perception modality for this call (e.g. `audio` or `vision`). """
    name: str
    """ Tool function name. """
    arguments: PerceptionToolCallPropertiesArgumentsType1 | str
    """ As returned by the perception model: JSON string or structured object. """
    frames: list[PerceptionToolCallPropertiesFramesItem] | Unset = UNSET
    """ Included only when non-empty; frame metadata (e.g. `uri`, base64 `data` + `mime_type`, or other keys). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.perception_tool_call_properties_arguments_type_1 import (
            PerceptionToolCallPropertiesArgumentsType1,
        )

        modality: str = self.modality

        name = self.name

        arguments: dict[str, Any] | str
        if isinstance(self.arguments, PerceptionToolCallPropertiesArgumentsType1):
            arguments = self.arguments.to_dict()
        else:
            arguments = self.arguments

        frames: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.frames, Unset):
            frames = []
            for frames_item_data in self.frames:
                frames_item = frames_item_data.to_dict()
                frames.append(frames_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modality": modality,
                "name": name,
                "arguments": arguments,
            }
        )
        if frames is not UNSET:
            field_dict["frames"] = frames

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.perception_tool_call_properties_arguments_type_1 import (
            PerceptionToolCallPropertiesArgumentsType1,
        )
        from ..models.perception_tool_call_properties_frames_item import (
            PerceptionToolCallPropertiesFramesItem,
        )

        d = dict(src_dict)
        modality = check_perception_tool_call_properties_modality(d.pop("modality"))

        name = d.pop("name")

        def _parse_arguments(
            data: object,
        ) -> PerceptionToolCallPropertiesArgumentsType1 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                arguments_type_1 = PerceptionToolCallPropertiesArgumentsType1.from_dict(
                    data
                )

                return arguments_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PerceptionToolCallPropertiesArgumentsType1 | str, data)

        arguments = _parse_arguments(d.pop("arguments"))

        _frames = d.pop("frames", UNSET)
        frames: list[PerceptionToolCallPropertiesFramesItem] | Unset = UNSET
        if _frames is not UNSET:
            frames = []
            for frames_item_data in _frames:
                frames_item = PerceptionToolCallPropertiesFramesItem.from_dict(
                    frames_item_data
                )

                frames.append(frames_item)

        perception_tool_call_properties = cls(
            modality=modality,
            name=name,
            arguments=arguments,
            frames=frames,
        )

        perception_tool_call_properties.additional_properties = d
        return perception_tool_call_properties

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
