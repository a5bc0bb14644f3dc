from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class Lipsync(Model):
    lipsync_id: str
    """ A unique identifier for the lipsync request. """
    lipsync_name: str | None
    """ The name of the lipsync video. """
    status: str | None
    """ The status of the lipsync request. """
    created_at: str | None
    """ The date and time the lipsync request was created. """
    video_url: str | None
    """ The URL to download the completed lipsync video. """
    request_id: str | None
    """ Legacy field - will be removed soon. Use lipsync_id instead. """
    request_name: str | None
    """ Legacy field - will be removed soon. Use lipsync_name instead. """
    callback_url: str | None
    """ The callback URL that will receive notifications about the lipsync request. """

    _FIELDS = {
        "lipsync_id": ("lipsync_id", None),
        "lipsync_name": ("lipsync_name", None),
        "status": ("status", None),
        "created_at": ("created_at", None),
        "video_url": ("video_url", None),
        "request_id": ("request_id", None),
        "request_name": ("request_name", None),
        "callback_url": ("callback_url", None),
    }
    _REQUIRED = ("lipsync_id",)

    def __init__(
        self,
        *,
        lipsync_id: str,
        lipsync_name: str | None = None,
        status: str | None = None,
        created_at: str | None = None,
        video_url: str | None = None,
        request_id: str | None = None,
        request_name: str | None = None,
        callback_url: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "lipsync_id": lipsync_id,
            "lipsync_name": lipsync_name,
            "status": status,
            "created_at": created_at,
            "video_url": video_url,
            "request_id": request_id,
            "request_name": request_name,
            "callback_url": callback_url,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
LipsyncParam = TypedDict(
    "LipsyncParam",
    {
        "lipsync_id": Required["str"],
        "lipsync_name": "str",
        "status": "str",
        "created_at": "str",
        "video_url": "str",
        "request_id": "str",
        "request_name": "str",
        "callback_url": "str",
    },
    total=False,
)
