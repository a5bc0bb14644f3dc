from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class CreateFaceBody(Model):
    train_video_url: str | None
    """ Publicly downloadable training video (e.g. a presigned S3 URL) for video-based training. Do not send
    together with train_image_url. """
    train_image_url: str | None
    """ Publicly reachable image for image-based training; needs a voice (voice_name or default_voice_id). Do not
    send together with train_video_url. """
    voice_name: str | None
    """ Stock voice slug (case-insensitive, e.g. anna; see List Voices). Image-based training needs this or
    default_voice_id, not both; validated if sent with train_video_url. """
    default_voice_id: str | None
    """ Tavus voice (Voices API) the new face speaks with by default; for image-based training send this or
    voice_name, not both. """
    auto_fix_training_image: bool | None
    """ When true, Tavus adjusts the uploaded image to meet the image requirements. Image-based training only. """
    callback_url: str | None
    """ URL that receives a callback when training completes or fails. """
    face_name: str | None
    """ Name of the face. """
    model_name: str | None
    """ Phoenix model to train with; phoenix-4 when omitted, phoenix-3 for the older model. """
    consent_video_url: str | None
    """ Legacy. Separate consent recording used by older video-training flows; new integrations should not send it.
    """

    _FIELDS = {
        "train_video_url": ("train_video_url", None),
        "train_image_url": ("train_image_url", None),
        "voice_name": ("voice_name", None),
        "default_voice_id": ("default_voice_id", None),
        "auto_fix_training_image": ("auto_fix_training_image", None),
        "callback_url": ("callback_url", None),
        "face_name": ("face_name", None),
        "model_name": ("model_name", None),
        "consent_video_url": ("consent_video_url", None),
    }

    def __init__(
        self,
        *,
        train_video_url: str | None = None,
        train_image_url: str | None = None,
        voice_name: str | None = None,
        default_voice_id: str | None = None,
        auto_fix_training_image: bool | None = None,
        callback_url: str | None = None,
        face_name: str | None = None,
        model_name: str | None = None,
        consent_video_url: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "train_video_url": train_video_url,
            "train_image_url": train_image_url,
            "voice_name": voice_name,
            "default_voice_id": default_voice_id,
            "auto_fix_training_image": auto_fix_training_image,
            "callback_url": callback_url,
            "face_name": face_name,
            "model_name": model_name,
            "consent_video_url": consent_video_url,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateFaceBodyParam = TypedDict(
    "CreateFaceBodyParam",
    {
        "train_video_url": "str",
        "train_image_url": "str",
        "voice_name": "str",
        "default_voice_id": "str",
        "auto_fix_training_image": "bool",
        "callback_url": "str",
        "face_name": "str",
        "model_name": "str",
        "consent_video_url": "str",
    },
    total=False,
)
