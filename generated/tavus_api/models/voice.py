from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_models


def _parse_tags(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(VoiceTagsItem, value)
    return value


class Voice(Model):
    voice_name: str
    """ Slug to pass as **`voice_name`** on Create Replica (image-to-replica). """
    replica_id: str | None
    """ Replica identifier associated with this voice. """
    audio_url: str | None
    """ Optional preview URL (e.g. sample clip) when available. """
    tags: list[VoiceTagsItem] | None
    """ Tags from the replica record (e.g. for filtering). """

    _FIELDS = {
        "voice_name": ("voice_name", None),
        "replica_id": ("replica_id", None),
        "audio_url": ("audio_url", None),
        "tags": ("tags", _parse_tags),
    }
    _REQUIRED = ("voice_name",)

    def __init__(
        self,
        *,
        voice_name: str,
        replica_id: str | None = None,
        audio_url: str | None = None,
        tags: list[VoiceTagsItem] | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "voice_name": voice_name,
            "replica_id": replica_id,
            "audio_url": audio_url,
            "tags": tags,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
VoiceParam = TypedDict(
    "VoiceParam",
    {
        "voice_name": Required["str"],
        "replica_id": "str",
        "audio_url": "str",
        "tags": "list[VoiceTagsItemParam]",
    },
    total=False,
)


from ..models.voice_tags_item import (
    VoiceTagsItem,
    VoiceTagsItemParam,
)
