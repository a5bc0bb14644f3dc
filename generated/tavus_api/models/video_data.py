from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class VideoData(Model):
    script: str | None
    """ The script that was initially used to generate the video. """

    _FIELDS = {
        "script": ("script", None),
    }

    def __init__(
        self,
        *,
        script: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "script": script,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
VideoDataParam = TypedDict(
    "VideoDataParam",
    {
        "script": "str",
    },
    total=False,
)
