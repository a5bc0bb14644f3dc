from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class SpeakingEventProperties(Model):
    """Always includes `role` (`"replica"` or `"user"`) identifying who started or stopped speaking.

    On `conversation.stopped_speaking` only, also includes `interrupted` (whether the speaker was cut off mid-speech
    before finishing naturally) and `duration` (how long they spoke, in seconds; may be `null` if the start time could
    not be determined).

    """

    role: SpeakingEventPropertiesRole
    """ `replica` if the Tavus replica is the speaker, `user` if the end user is the speaker. """
    interrupted: bool | None
    """ Whether the speaker was interrupted before finishing naturally. Only present on
    `conversation.stopped_speaking`. `true` means they were cut off mid-speech. """
    duration: float | None
    """ How long the speaker was speaking, in seconds. Only present on `conversation.stopped_speaking`. May be
    `null` in rare cases where the start time could not be determined. """

    _FIELDS = {
        "role": ("role", None),
        "interrupted": ("interrupted", None),
        "duration": ("duration", None),
    }
    _REQUIRED = ("role",)

    def __init__(
        self,
        *,
        role: SpeakingEventPropertiesRole,
        interrupted: bool | None = None,
        duration: float | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "role": role,
            "interrupted": interrupted,
            "duration": duration,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
SpeakingEventPropertiesParam = TypedDict(
    "SpeakingEventPropertiesParam",
    {
        "role": Required["SpeakingEventPropertiesRole"],
        "interrupted": "bool",
        "duration": "float | None",
    },
    total=False,
)


from ..models.speaking_event_properties_role import SpeakingEventPropertiesRole
