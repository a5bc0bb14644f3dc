from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_personas_response_200_data_type_0_item_layers_type_0_llm_type_0 import (
        ListPersonasResponse200DataType0ItemLayersType0LlmType0,
    )
    from ..models.list_personas_response_200_data_type_0_item_layers_type_0_perception_type_0 import (
        ListPersonasResponse200DataType0ItemLayersType0PerceptionType0,
    )
    from ..models.list_personas_response_200_data_type_0_item_layers_type_0_stt_type_0 import (
        ListPersonasResponse200DataType0ItemLayersType0SttType0,
    )
    from ..models.list_personas_response_200_data_type_0_item_layers_type_0_tts_type_0 import (
        ListPersonasResponse200DataType0ItemLayersType0TtsType0,
    )


T = TypeVar("T", bound="ListPersonasResponse200DataType0ItemLayersType0")


@_attrs_define
class ListPersonasResponse200DataType0ItemLayersType0:
    llm: ListPersonasResponse200DataType0ItemLayersType0LlmType0 | None | Unset = UNSET
    tts: ListPersonasResponse200DataType0ItemLayersType0TtsType0 | None | Unset = UNSET
    perception: (
        ListPersonasResponse200DataType0ItemLayersType0PerceptionType0 | None | Unset
    ) = UNSET
    stt: ListPersonasResponse200DataType0ItemLayersType0SttType0 | None | Unset = UNSET
    """ **Note**: Turn-taking is now configured on the [Conversational Flow layer](/sections/conversational-video-
    interface/persona/conversational-flow).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_personas_response_200_data_type_0_item_layers_type_0_llm_type_0 import (
            ListPersonasResponse200DataType0ItemLayersType0LlmType0,
        )
        from ..models.list_personas_response_200_data_type_0_item_layers_type_0_perception_type_0 import (
            ListPersonasResponse200DataType0ItemLayersType0PerceptionType0,
        )
        from ..models.list_personas_response_200_data_type_0_item_layers_type_0_stt_type_0 import (
            ListPersonasResponse200DataType0ItemLayersType0SttType0,
        )
        from ..models.list_personas_response_200_data_type_0_item_layers_type_0_tts_type_0 import (
            ListPersonasResponse200DataType0ItemLayersType0TtsType0,
        )

        llm: dict[str, Any] | None | Unset
        if isinstance(self.llm, Unset):
            llm = UNSET
        elif isinstance(
            self.llm, ListPersonasResponse200DataType0ItemLayersType0LlmType0
        ):
            llm = self.llm.to_dict()
        else:
            llm = self.llm

        tts: dict[str, Any] | None | Unset
        if isinstance(self.tts, Unset):
            tts = UNSET
        elif isinstance(
            self.tts, ListPersonasResponse200DataType0ItemLayersType0TtsType0
        ):
            tts = self.tts.to_dict()
        else:
            tts = self.tts

        perception: dict[str, Any] | None | Unset
        if isinstance(self.perception, Unset):
            perception = UNSET
        elif isinstance(
            self.perception,
            ListPersonasResponse200DataType0ItemLayersType0PerceptionType0,
        ):
            perception = self.perception.to_dict()
        else:
            perception = self.perception

        stt: dict[str, Any] | None | Unset
        if isinstance(self.stt, Unset):
            stt = UNSET
        elif isinstance(
            self.stt, ListPersonasResponse200DataType0ItemLayersType0SttType0
        ):
            stt = self.stt.to_dict()
        else:
            stt = self.stt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if llm is not UNSET:
            field_dict["llm"] = llm
        if tts is not UNSET:
            field_dict["tts"] = tts
        if perception is not UNSET:
            field_dict["perception"] = perception
        if stt is not UNSET:
            field_dict["stt"] = stt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_personas_response_200_data_type_0_item_layers_type_0_llm_type_0 import (
            ListPersonasResponse200DataType0ItemLayersType0LlmType0,
        )
        from ..models.list_personas_response_200_data_type_0_item_layers_type_0_perception_type_0 import (
            ListPersonasResponse200DataType0ItemLayersType0PerceptionType0,
        )
        from ..models.list_personas_response_200_data_type_0_item_layers_type_0_stt_type_0 import (
            ListPersonasResponse200DataType0ItemLayersType0SttType0,
        )
        from ..models.list_personas_response_200_data_type_0_item_layers_type_0_tts_type_0 import (
            ListPersonasResponse200DataType0ItemLayersType0TtsType0,
        )

        d = dict(src_dict)

        def _parse_llm(
            data: object,
        ) -> ListPersonasResponse200DataType0ItemLayersType0LlmType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_type_0 = (
                    ListPersonasResponse200DataType0ItemLayersType0LlmType0.from_dict(
                        data
                    )
                )

                return llm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListPersonasResponse200DataType0ItemLayersType0LlmType0 | None | Unset,
                data,
            )

        llm = _parse_llm(d.pop("llm", UNSET))

        def _parse_tts(
            data: object,
        ) -> ListPersonasResponse200DataType0ItemLayersType0TtsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tts_type_0 = (
                    ListPersonasResponse200DataType0ItemLayersType0TtsType0.from_dict(
                        data
                    )
                )

                return tts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListPersonasResponse200DataType0ItemLayersType0TtsType0 | None | Unset,
                data,
            )

        tts = _parse_tts(d.pop("tts", UNSET))

        def _parse_perception(
            data: object,
        ) -> (
            ListPersonasResponse200DataType0ItemLayersType0PerceptionType0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                perception_type_0 = ListPersonasResponse200DataType0ItemLayersType0PerceptionType0.from_dict(
                    data
                )

                return perception_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListPersonasResponse200DataType0ItemLayersType0PerceptionType0
                | None
                | Unset,
                data,
            )

        perception = _parse_perception(d.pop("perception", UNSET))

        def _parse_stt(
            data: object,
        ) -> ListPersonasResponse200DataType0ItemLayersType0SttType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stt_type_0 = (
                    ListPersonasResponse200DataType0ItemLayersType0SttType0.from_dict(
                        data
                    )
                )

                return stt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListPersonasResponse200DataType0ItemLayersType0SttType0 | None | Unset,
                data,
            )

        stt = _parse_stt(d.pop("stt", UNSET))

        list_personas_response_200_data_type_0_item_layers_type_0 = cls(
            llm=llm,
            tts=tts,
            perception=perception,
            stt=stt,
        )

        list_personas_response_200_data_type_0_item_layers_type_0.additional_properties = d
        return list_personas_response_200_data_type_0_item_layers_type_0

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
