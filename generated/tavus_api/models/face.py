from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class Face(Model):
    """A face (the likeness trained with Phoenix; formerly replica). Fields mirror the published replica with the face_*
    renames and the voice references of the Voices guide.

    """

    face_id: str
    """ Identifier of the face. """
    face_name: str | None
    """ Name of the face. """
    thumbnail_video_url: str | None
    """ Link to the video used as the face's thumbnail. """
    training_progress: str | None
    """ Training progress as a string. """
    status: str | None
    """ Training lifecycle - started, completed or error (then error_message is set). """
    created_at: str | None
    """ Creation time. """
    updated_at: str | None
    """ Last update time. """
    error_message: str | None
    """ Details of a training failure when status is error; otherwise usually null. """
    face_type: str | None
    """ Present when verbose=true - user (created by an account) or system (Tavus stock face usable by anyone). """
    model_name: str | None
    """ Phoenix model the face was trained on (e.g. phoenix-3, phoenix-4). """
    default_voice_id: str | None
    """ Voice the face speaks with when the PAL sets none; null when the face has no voice. """
    original_voice_id: str | None
    """ Voice the face was created with; read-only, null when the face has no voice. """

    _FIELDS = {
        "face_id": ("face_id", None),
        "face_name": ("face_name", None),
        "thumbnail_video_url": ("thumbnail_video_url", None),
        "training_progress": ("training_progress", None),
        "status": ("status", None),
        "created_at": ("created_at", None),
        "updated_at": ("updated_at", None),
        "error_message": ("error_message", None),
        "face_type": ("face_type", None),
        "model_name": ("model_name", None),
        "default_voice_id": ("default_voice_id", None),
        "original_voice_id": ("original_voice_id", None),
    }
    _REQUIRED = ("face_id",)

    def __init__(
        self,
        *,
        face_id: str,
        face_name: str | None = None,
        thumbnail_video_url: str | None = None,
        training_progress: str | None = None,
        status: str | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        error_message: str | None = None,
        face_type: str | None = None,
        model_name: str | None = None,
        default_voice_id: str | None = None,
        original_voice_id: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "face_id": face_id,
            "face_name": face_name,
            "thumbnail_video_url": thumbnail_video_url,
            "training_progress": training_progress,
            "status": status,
            "created_at": created_at,
            "updated_at": updated_at,
            "error_message": error_message,
            "face_type": face_type,
            "model_name": model_name,
            "default_voice_id": default_voice_id,
            "original_voice_id": original_voice_id,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
FaceParam = TypedDict(
    "FaceParam",
    {
        "face_id": Required["str"],
        "face_name": "str",
        "thumbnail_video_url": "str",
        "training_progress": "str",
        "status": "str",
        "created_at": "str",
        "updated_at": "str",
        "error_message": "str",
        "face_type": "str",
        "model_name": "str",
        "default_voice_id": "str",
        "original_voice_id": "str",
    },
    total=False,
)
