from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(CreateReplicaBodyProperties, value)


class CreateReplicaBody(Model):
    consent_video_url: str | None
    """ Optional direct link to a **separate** video that contains only the consent statement when it is not spoken
    at the start of `train_video_url`.

    **Required** when your flow uses a standalone consent recording alongside `train_video_url` for likeness-based
    training from video. See [Training from a video](/sections/replica/train-with-a-video) and [consent statement
    requirements](/sections/troubleshooting/consent-statement) for exact wording and troubleshooting.

    If omitted, the opening of `train_video_url` must include the consent statement instead (see `train_video_url`).
     """
    train_video_url: str | None
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
    train_image_url: str | None
    """ A direct link to a publicly accessible image used for image-to-replica training. Requires `voice_name`. Do
    not send `train_video_url` in the same request. See [Training from an image](/sections/replica/train-with-an-
    image) for image training, voice selection, and consent. """
    voice_name: str | None
    """ Required when `train_image_url` is set. Slug that selects the voice from an existing Tavus stock replica
    (case-insensitive, e.g. `anna`). If supplied with `train_video_url`, the name is still validated when present.
    Use [List Voices](/api-reference/voices/list-voices) to discover valid slugs; see also [example `voice_name`
    values](/sections/replica/train-with-an-image#example-voice-name-table). """
    auto_fix_training_image: bool | None
    """ When set to `true`, Tavus's AI Image Fixer instantly fixes any uploaded image to fit our [image
    requirements](/sections/replica/train-with-an-image#image-requirements), eliminating the need for editing or
    recapturing photos. Only applies to image-based training (`train_image_url`). """
    callback_url: str | None
    """ A url that will receive a callback on completion of replica training or on error. """
    replica_name: str | None
    """ A name for the replica. """
    model_name: str | None
    """ The Phoenix model version used to train the replica. Defaults to `phoenix-4`; set to `phoenix-3` for the
    older model. """
    properties: CreateReplicaBodyProperties | None

    _FIELDS = {
        "consent_video_url": ("consent_video_url", None),
        "train_video_url": ("train_video_url", None),
        "train_image_url": ("train_image_url", None),
        "voice_name": ("voice_name", None),
        "auto_fix_training_image": ("auto_fix_training_image", None),
        "callback_url": ("callback_url", None),
        "replica_name": ("replica_name", None),
        "model_name": ("model_name", None),
        "properties": ("properties", _parse_properties),
    }

    def __init__(
        self,
        *,
        consent_video_url: str | None = None,
        train_video_url: str | None = None,
        train_image_url: str | None = None,
        voice_name: str | None = None,
        auto_fix_training_image: bool | None = None,
        callback_url: str | None = None,
        replica_name: str | None = None,
        model_name: str | None = None,
        properties: CreateReplicaBodyProperties | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "consent_video_url": consent_video_url,
            "train_video_url": train_video_url,
            "train_image_url": train_image_url,
            "voice_name": voice_name,
            "auto_fix_training_image": auto_fix_training_image,
            "callback_url": callback_url,
            "replica_name": replica_name,
            "model_name": model_name,
            "properties": properties,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateReplicaBodyParam = TypedDict(
    "CreateReplicaBodyParam",
    {
        "consent_video_url": "str",
        "train_video_url": "str",
        "train_image_url": "str",
        "voice_name": "str",
        "auto_fix_training_image": "bool",
        "callback_url": "str",
        "replica_name": "str",
        "model_name": "str",
        "properties": "CreateReplicaBodyPropertiesParam",
    },
    total=False,
)


from ..models.create_replica_body_properties import (
    CreateReplicaBodyProperties,
    CreateReplicaBodyPropertiesParam,
)
