from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class Replica(Model):
    replica_id: str
    """ A unique identifier for the replica. """
    replica_name: str | None
    """ The name of the replica. """
    thumbnail_video_url: str | None
    """ A direct link to the video that will be used as the thumbnail for the replica. """
    training_progress: str | None
    """ Training progress as a string (for example `100/100`). """
    status: str | None
    """ Training lifecycle: `started`, `completed`, or `error`. On failure, this is `error` and `error_message` is
    populated. """
    created_at: str | None
    """ The date and time the replica was created. """
    updated_at: str | None
    """ The date and time of when the replica was last updated. """
    error_message: str | None
    """ When `status` is `error`, contains details about the training failure; otherwise typically null. """
    replica_type: str | None
    """ If `verbose` query paramter is set to true. The type of replica. Possible values: user, system. User
    replicas are replicas that have been created by users. System replicas are stock Tavus replicas that anyone may
    use """
    model_name: str | None
    """ The Phoenix model the replica was trained on (e.g. `phoenix-3`, `phoenix-4`). """

    _FIELDS = {
        "replica_id": ("replica_id", None),
        "replica_name": ("replica_name", None),
        "thumbnail_video_url": ("thumbnail_video_url", None),
        "training_progress": ("training_progress", None),
        "status": ("status", None),
        "created_at": ("created_at", None),
        "updated_at": ("updated_at", None),
        "error_message": ("error_message", None),
        "replica_type": ("replica_type", None),
        "model_name": ("model_name", None),
    }
    _REQUIRED = ("replica_id",)

    def __init__(
        self,
        *,
        replica_id: str,
        replica_name: str | None = None,
        thumbnail_video_url: str | None = None,
        training_progress: str | None = None,
        status: str | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        error_message: str | None = None,
        replica_type: str | None = None,
        model_name: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "replica_id": replica_id,
            "replica_name": replica_name,
            "thumbnail_video_url": thumbnail_video_url,
            "training_progress": training_progress,
            "status": status,
            "created_at": created_at,
            "updated_at": updated_at,
            "error_message": error_message,
            "replica_type": replica_type,
            "model_name": model_name,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ReplicaParam = TypedDict(
    "ReplicaParam",
    {
        "replica_id": Required["str"],
        "replica_name": "str",
        "thumbnail_video_url": "str",
        "training_progress": "str",
        "status": "str",
        "created_at": "str",
        "updated_at": "str",
        "error_message": "str",
        "replica_type": "str",
        "model_name": "str",
    },
    total=False,
)
