from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetReplicaResponse200")


@_attrs_define
class GetReplicaResponse200:
    replica_id: None | str | Unset = UNSET
    """ A unique identifier for the replica. """
    replica_name: None | str | Unset = UNSET
    """ The name of the replica. """
    thumbnail_video_url: None | str | Unset = UNSET
    """ A direct link to the video that will be used as the thumbnail for the replica. """
    training_progress: None | str | Unset = UNSET
    """ Training progress as a string (for example `100/100`). """
    status: None | str | Unset = UNSET
    """ Training lifecycle: `started`, `completed`, or `error`. On failure, this is `error` and `error_message` is
    populated. """
    created_at: None | str | Unset = UNSET
    """ The date and time the replica was created. """
    updated_at: None | str | Unset = UNSET
    """ The date and time of when the replica was last updated. """
    error_message: None | str | Unset = UNSET
    """ When `status` is `error`, contains details about the training failure; otherwise typically null. """
    replica_type: None | str | Unset = UNSET
    """ If `verbose` query paramter is set to true. The type of replica. Possible values: user, system. User
    replicas are replicas that have been created by users. System replicas are stock Tavus replicas that anyone may
    use """
    model_name: None | str | Unset = UNSET
    """ The Phoenix model the replica was trained on (e.g. `phoenix-3`, `phoenix-4`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replica_id: None | str | Unset
        if isinstance(self.replica_id, Unset):
            replica_id = UNSET
        else:
            replica_id = self.replica_id

        replica_name: None | str | Unset
        if isinstance(self.replica_name, Unset):
            replica_name = UNSET
        else:
            replica_name = self.replica_name

        thumbnail_video_url: None | str | Unset
        if isinstance(self.thumbnail_video_url, Unset):
            thumbnail_video_url = UNSET
        else:
            thumbnail_video_url = self.thumbnail_video_url

        training_progress: None | str | Unset
        if isinstance(self.training_progress, Unset):
            training_progress = UNSET
        else:
            training_progress = self.training_progress

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        replica_type: None | str | Unset
        if isinstance(self.replica_type, Unset):
            replica_type = UNSET
        else:
            replica_type = self.replica_type

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replica_id is not UNSET:
            field_dict["replica_id"] = replica_id
        if replica_name is not UNSET:
            field_dict["replica_name"] = replica_name
        if thumbnail_video_url is not UNSET:
            field_dict["thumbnail_video_url"] = thumbnail_video_url
        if training_progress is not UNSET:
            field_dict["training_progress"] = training_progress
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if replica_type is not UNSET:
            field_dict["replica_type"] = replica_type
        if model_name is not UNSET:
            field_dict["model_name"] = model_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_replica_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replica_id = _parse_replica_id(d.pop("replica_id", UNSET))

        def _parse_replica_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replica_name = _parse_replica_name(d.pop("replica_name", UNSET))

        def _parse_thumbnail_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_video_url = _parse_thumbnail_video_url(
            d.pop("thumbnail_video_url", UNSET)
        )

        def _parse_training_progress(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        training_progress = _parse_training_progress(d.pop("training_progress", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_replica_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replica_type = _parse_replica_type(d.pop("replica_type", UNSET))

        def _parse_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        get_replica_response_200 = cls(
            replica_id=replica_id,
            replica_name=replica_name,
            thumbnail_video_url=thumbnail_video_url,
            training_progress=training_progress,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            error_message=error_message,
            replica_type=replica_type,
            model_name=model_name,
        )

        get_replica_response_200.additional_properties = d
        return get_replica_response_200

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
