from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class CreateVoiceBody(Model):
    """Only callback_url is named on the recovered page; the other fields are listed under x-tavus-unrecovered."""

    callback_url: str | None
    """ URL that receives an application.voice_status_changed event (voice_id, voice_name, status; error_message on
    error) once the status settles. Duplicate deliveries are safe to re-apply. """

    _FIELDS = {
        "callback_url": ("callback_url", None),
    }

    def __init__(
        self,
        *,
        callback_url: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "callback_url": callback_url,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateVoiceBodyParam = TypedDict(
    "CreateVoiceBodyParam",
    {
        "callback_url": "str",
    },
    total=False,
)
