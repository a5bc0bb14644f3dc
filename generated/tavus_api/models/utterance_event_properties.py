from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class UtteranceEventProperties(Model):
    """Omitted when empty. When the speaker is the user and the persona uses Raven-1, optional `user_audio_analysis` /
    `user_visual_analysis` may appear when non-empty.

    """

    role: str
    """ Typically `replica` or `user`. """
    speech: str
    """ Plain text after server-side sanitization. For `replica`, this is the full LLM response text for the
    inference (which may differ from words actually spoken if the user barged in); internal LLM chat history is
    truncated to what was actually spoken on interruption. """
    user_audio_analysis: str | None
    """ Optional; omitted when empty. Short summary of tone/delivery when available (e.g. Raven-1). """
    user_visual_analysis: str | None
    """ Optional; omitted when empty. Short visual/demeanor summary when available (e.g. Raven-1). """
    interrupted: bool | None
    """ Only included when `true` (barge-in / interrupted completion). """

    _FIELDS = {
        "role": ("role", None),
        "speech": ("speech", None),
        "user_audio_analysis": ("user_audio_analysis", None),
        "user_visual_analysis": ("user_visual_analysis", None),
        "interrupted": ("interrupted", None),
    }
    _REQUIRED = (
        "role",
        "speech",
    )

    def __init__(
        self,
        *,
        role: str,
        speech: str,
        user_audio_analysis: str | None = None,
        user_visual_analysis: str | None = None,
        interrupted: bool | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "role": role,
            "speech": speech,
            "user_audio_analysis": user_audio_analysis,
            "user_visual_analysis": user_visual_analysis,
            "interrupted": interrupted,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
UtteranceEventPropertiesParam = TypedDict(
    "UtteranceEventPropertiesParam",
    {
        "role": Required["str"],
        "speech": Required["str"],
        "user_audio_analysis": "str",
        "user_visual_analysis": "str",
        "interrupted": "bool",
    },
    total=False,
)
