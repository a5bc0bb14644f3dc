from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class Guardrail(Model):
    guardrail_name: str | None
    """ Name of the individual guardrail. Only alphanumeric characters and underscores are allowed. """
    guardrail_prompt: str | None
    """ The detailed prompt that defines the behavioral boundaries and restrictions """
    modality: str | None
    """ The communication modality for an individual guardrail. If set to `verbal`, the guardrail will be enforced
    by the user's responses. If set `visual`, the guardrail can only be enforced by visual / perception cues
    observed by Raven """
    callback_url: str | None
    """ URL that will receive notifications when the guardrail is triggered """
    created_at: str | None
    """ ISO 8601 timestamp of when the guardrails were created """
    updated_at: str | None
    """ ISO 8601 timestamp of when the guardrails were last updated """

    _FIELDS = {
        "guardrail_name": ("guardrail_name", None),
        "guardrail_prompt": ("guardrail_prompt", None),
        "modality": ("modality", None),
        "callback_url": ("callback_url", None),
        "created_at": ("created_at", None),
        "updated_at": ("updated_at", None),
    }

    def __init__(
        self,
        *,
        guardrail_name: str | None = None,
        guardrail_prompt: str | None = None,
        modality: str | None = None,
        callback_url: str | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "guardrail_name": guardrail_name,
            "guardrail_prompt": guardrail_prompt,
            "modality": modality,
            "callback_url": callback_url,
            "created_at": created_at,
            "updated_at": updated_at,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
GuardrailParam = TypedDict(
    "GuardrailParam",
    {
        "guardrail_name": "str",
        "guardrail_prompt": "str",
        "modality": "str",
        "callback_url": "str",
        "created_at": "str",
        "updated_at": "str",
    },
    total=False,
)
