from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class Guardrail(Model):
    """An individual guardrail."""

    uuid: str | None
    """ Identifier of the guardrail; use it in a PAL's guardrail_ids. """
    guardrail_name: str | None
    guardrail_prompt: str | None
    modality: str | None
    """ verbal - enforced on what the participant says or types; visual - enforced on what Raven perceives. """
    callback_url: str | None
    tags: list[str] | None
    app_message: bool | None
    """ Whether a trigger emits a real-time app-message event on the conversation. """
    created_at: str | None
    updated_at: str | None

    _FIELDS = {
        "uuid": ("uuid", None),
        "guardrail_name": ("guardrail_name", None),
        "guardrail_prompt": ("guardrail_prompt", None),
        "modality": ("modality", None),
        "callback_url": ("callback_url", None),
        "tags": ("tags", None),
        "app_message": ("app_message", None),
        "created_at": ("created_at", None),
        "updated_at": ("updated_at", None),
    }

    def __init__(
        self,
        *,
        uuid: str | None = None,
        guardrail_name: str | None = None,
        guardrail_prompt: str | None = None,
        modality: str | None = None,
        callback_url: str | None = None,
        tags: list[str] | None = None,
        app_message: bool | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "uuid": uuid,
            "guardrail_name": guardrail_name,
            "guardrail_prompt": guardrail_prompt,
            "modality": modality,
            "callback_url": callback_url,
            "tags": tags,
            "app_message": app_message,
            "created_at": created_at,
            "updated_at": updated_at,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
GuardrailParam = TypedDict(
    "GuardrailParam",
    {
        "uuid": "str",
        "guardrail_name": "str",
        "guardrail_prompt": "str",
        "modality": "str",
        "callback_url": "str",
        "tags": "list[str]",
        "app_message": "bool",
        "created_at": "str",
        "updated_at": "str",
    },
    total=False,
)
