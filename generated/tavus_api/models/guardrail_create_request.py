from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class GuardrailCreateRequest(Model):
    """Body that creates an individual guardrail."""

    guardrail_name: str
    """ Name of the guardrail - letters, digits and underscores only. """
    guardrail_prompt: str
    """ The rule to enforce; short and direct works best. """
    modality: GuardrailCreateRequestModality | None
    """ verbal - enforced on what the participant says or types; visual - on what Raven perceives. """
    callback_url: str | None
    """ URL notified when the guardrail triggers. """
    tags: list[str] | None
    """ Tags for organising guardrails and attaching them in bulk through a PAL's guardrail_tags. """
    app_message: bool | None
    """ Whether a trigger emits a real-time app-message event (default true); false keeps it to callback_url only.
    """

    _FIELDS = {
        "guardrail_name": ("guardrail_name", None),
        "guardrail_prompt": ("guardrail_prompt", None),
        "modality": ("modality", None),
        "callback_url": ("callback_url", None),
        "tags": ("tags", None),
        "app_message": ("app_message", None),
    }
    _REQUIRED = (
        "guardrail_name",
        "guardrail_prompt",
    )

    def __init__(
        self,
        *,
        guardrail_name: str,
        guardrail_prompt: str,
        modality: GuardrailCreateRequestModality | None = None,
        callback_url: str | None = None,
        tags: list[str] | None = None,
        app_message: bool | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "guardrail_name": guardrail_name,
            "guardrail_prompt": guardrail_prompt,
            "modality": modality,
            "callback_url": callback_url,
            "tags": tags,
            "app_message": app_message,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
GuardrailCreateRequestParam = TypedDict(
    "GuardrailCreateRequestParam",
    {
        "guardrail_name": Required["str"],
        "guardrail_prompt": Required["str"],
        "modality": "GuardrailCreateRequestModality",
        "callback_url": "str",
        "tags": "list[str]",
        "app_message": "bool",
    },
    total=False,
)


from ..models.guardrail_create_request_modality import GuardrailCreateRequestModality
