from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_replica_body_properties import CreateReplicaBodyProperties


T = TypeVar("T", bound="CreateReplicaBody")


@_attrs_define
class CreateReplicaBody:
    consent_video_url: str | Unset = UNSET
    """ Optional direct link to a **separate** video that contains only the consent statement when it is not spoken
    at the start of `train_video_url`.

    **Required** when your flow uses a standalone consent recording alongside `train_video_url` for likeness-based
    training from video. See [Training from a video](/sections/replica/train-with-a-video) and [consent statement
    requirements](/sections/troubleshooting/consent-statement) for exact wording and troubleshooting.

    If omitted, the opening of `train_video_url` must include the consent statement instead (see `train_video_url`).
     """
    train_video_url: str | Unset = UNSET
    """ A direct download link such as a **presigned S3 URL** or other publicly reachable file used for video-based
    replica training. Do not send `train_image_url` in the same request.

    The file must meet [training video requirements](/sections/troubleshooting/training-video-size).

    When you **do not** send `consent_video_url`, this training clip **must** open with the following statement
    (verbatim), or training will fail:

    > I, [FULL NAME], am currently speaking and consent Tavus to create an AI clone of me by using the audio and
    video samples I provide. I understand that this AI clone can be used to create videos that look and sound like
    me.

    See [consent statement requirements](/sections/troubleshooting/consent-statement) for formatting tips and
    troubleshooting.
     """
    train_image_url: str | Unset = UNSET
    """ A direct link to a publicly accessible image used for image-to-replica training. Requires `voice_name`. Do
    not send `train_video_url` in the same request. See [Training from an image](/sections/replica/train-with-an-
    image) for image training, voice selection, and consent. """
    voice_name: str | Unset = UNSET
    """ Required when `train_image_url` is set. Slug that selects the voice from an existing Tavus stock replica
    (case-insensitive, e.g. `anna`). If supplied with `train_video_url`, the name is still validated when present.
    Use [List Voices](/api-reference/voices/list-voices) to discover valid slugs; see also [example `voice_name`
    values](/sections/replica/train-with-an-image#example-voice-name-table). """
    auto_fix_training_image: bool | Unset = UNSET
    """ When set to `true`, Tavus's AI Image Fixer instantly fixes any uploaded image to fit our [image
    requirements](/sections/replica/train-with-an-image#image-requirements), eliminating the need for editing or
    recapturing photos. Only applies to image-based training (`train_image_url`). """
    callback_url: str | Unset = UNSET
    """ A url that will receive a callback on completion of replica training or on error. """
    replica_name: str | Unset = UNSET
    """ A name for the replica. """
    model_name: str | Unset = UNSET
    """ The Phoenix model version used to train the replica. Defaults to `phoenix-4`; set to `phoenix-3` for the
    older model. """
    properties: CreateReplicaBodyProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consent_video_url = self.consent_video_url

        train_video_url = self.train_video_url

        train_image_url = self.train_image_url

        voice_name = self.voice_name

        auto_fix_training_image = self.auto_fix_training_image

        callback_url = self.callback_url

        replica_name = self.replica_name

        model_name = self.model_name

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consent_video_url is not UNSET:
            field_dict["consent_video_url"] = consent_video_url
        if train_video_url is not UNSET:
            field_dict["train_video_url"] = train_video_url
        if train_image_url is not UNSET:
            field_dict["train_image_url"] = train_image_url
        if voice_name is not UNSET:
            field_dict["voice_name"] = voice_name
        if auto_fix_training_image is not UNSET:
            field_dict["auto_fix_training_image"] = auto_fix_training_image
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if replica_name is not UNSET:
            field_dict["replica_name"] = replica_name
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_replica_body_properties import CreateReplicaBodyProperties

        d = dict(src_dict)
        consent_video_url = d.pop("consent_video_url", UNSET)

        train_video_url = d.pop("train_video_url", UNSET)

        train_image_url = d.pop("train_image_url", UNSET)

        voice_name = d.pop("voice_name", UNSET)

        auto_fix_training_image = d.pop("auto_fix_training_image", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        replica_name = d.pop("replica_name", UNSET)

        model_name = d.pop("model_name", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: CreateReplicaBodyProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = CreateReplicaBodyProperties.from_dict(_properties)

        create_replica_body = cls(
            consent_video_url=consent_video_url,
            train_video_url=train_video_url,
            train_image_url=train_image_url,
            voice_name=voice_name,
            auto_fix_training_image=auto_fix_training_image,
            callback_url=callback_url,
            replica_name=replica_name,
            model_name=model_name,
            properties=properties,
        )

        create_replica_body.additional_properties = d
        return create_replica_body

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
