from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_personas_response_200_data_type_0_item_layers_type_0 import (
        ListPersonasResponse200DataType0ItemLayersType0,
    )


T = TypeVar("T", bound="ListPersonasResponse200DataType0Item")


@_attrs_define
class ListPersonasResponse200DataType0Item:
    persona_id: None | str | Unset = UNSET
    """ A unique identifier for the persona. """
    persona_name: None | str | Unset = UNSET
    """ A name for the persona. """
    system_prompt: None | str | Unset = UNSET
    """ The system prompt that will be used by the llm. """
    default_replica_id: None | str | Unset = UNSET
    """ The default replica_id associated with this persona if one exists. """
    document_ids: list[str] | None | Unset = UNSET
    """ Array of document IDs that the persona has access to. These documents will be available to the persona in
    all their conversations. The document_ids are returned in the response of the [Get Document](/api-
    reference/documents/get-document) and the [Create Document](/api-reference/documents/create-document) endpoints.
    """
    document_tags: list[str] | None | Unset = UNSET
    """ Array of document tags that the persona has access to. Documents matching these tags will be available to
    the persona in all their conversations. """
    layers: ListPersonasResponse200DataType0ItemLayersType0 | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    """ The date and time the persona was created. """
    updated_at: None | str | Unset = UNSET
    """ The date and time of when the persona was last updated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_personas_response_200_data_type_0_item_layers_type_0 import (
            ListPersonasResponse200DataType0ItemLayersType0,
        )

        persona_id: None | str | Unset
        if isinstance(self.persona_id, Unset):
            persona_id = UNSET
        else:
            persona_id = self.persona_id

        persona_name: None | str | Unset
        if isinstance(self.persona_name, Unset):
            persona_name = UNSET
        else:
            persona_name = self.persona_name

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        default_replica_id: None | str | Unset
        if isinstance(self.default_replica_id, Unset):
            default_replica_id = UNSET
        else:
            default_replica_id = self.default_replica_id

        document_ids: list[str] | None | Unset
        if isinstance(self.document_ids, Unset):
            document_ids = UNSET
        elif isinstance(self.document_ids, list):
            document_ids = self.document_ids

        else:
            document_ids = self.document_ids

        document_tags: list[str] | None | Unset
        if isinstance(self.document_tags, Unset):
            document_tags = UNSET
        elif isinstance(self.document_tags, list):
            document_tags = self.document_tags

        else:
            document_tags = self.document_tags

        layers: dict[str, Any] | None | Unset
        if isinstance(self.layers, Unset):
            layers = UNSET
        elif isinstance(self.layers, ListPersonasResponse200DataType0ItemLayersType0):
            layers = self.layers.to_dict()
        else:
            layers = self.layers

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if persona_id is not UNSET:
            field_dict["persona_id"] = persona_id
        if persona_name is not UNSET:
            field_dict["persona_name"] = persona_name
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if default_replica_id is not UNSET:
            field_dict["default_replica_id"] = default_replica_id
        if document_ids is not UNSET:
            field_dict["document_ids"] = document_ids
        if document_tags is not UNSET:
            field_dict["document_tags"] = document_tags
        if layers is not UNSET:
            field_dict["layers"] = layers
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_personas_response_200_data_type_0_item_layers_type_0 import (
            ListPersonasResponse200DataType0ItemLayersType0,
        )

        d = dict(src_dict)

        def _parse_persona_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        persona_id = _parse_persona_id(d.pop("persona_id", UNSET))

        def _parse_persona_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        persona_name = _parse_persona_name(d.pop("persona_name", UNSET))

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        def _parse_default_replica_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_replica_id = _parse_default_replica_id(
            d.pop("default_replica_id", UNSET)
        )

        def _parse_document_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                document_ids_type_0 = cast(list[str], data)

                return document_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        document_ids = _parse_document_ids(d.pop("document_ids", UNSET))

        def _parse_document_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                document_tags_type_0 = cast(list[str], data)

                return document_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        document_tags = _parse_document_tags(d.pop("document_tags", UNSET))

        def _parse_layers(
            data: object,
        ) -> ListPersonasResponse200DataType0ItemLayersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                layers_type_0 = (
                    ListPersonasResponse200DataType0ItemLayersType0.from_dict(data)
                )

                return layers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListPersonasResponse200DataType0ItemLayersType0 | None | Unset, data
            )

        layers = _parse_layers(d.pop("layers", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        list_personas_response_200_data_type_0_item = cls(
            persona_id=persona_id,
            persona_name=persona_name,
            system_prompt=system_prompt,
            default_replica_id=default_replica_id,
            document_ids=document_ids,
            document_tags=document_tags,
            layers=layers,
            created_at=created_at,
            updated_at=updated_at,
        )

        list_personas_response_200_data_type_0_item.additional_properties = d
        return list_personas_response_200_data_type_0_item

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
