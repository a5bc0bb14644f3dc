from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class CreateGuardrailsBodyDataItem(Model):
    guardrail_name: str
    """ A descriptive name for the guardrail. Only alphanumeric characters and underscores are allowed. """
    guardrail_prompt: str
    """ The detailed prompt that defines the behavioral boundaries and restrictions """
    modality: CreateGuardrailsBodyDataItemModality | None
    """ The communication modality for the guardrail. If set to `verbal`, the guardrail will be enforced by the
    user's responses. If set `visual`, the guardrail can only be enforced by visual / perception cues observed by
    Raven """
    callback_url: str | None
    """ Optional URL that will receive notifications when the guardrail is triggered """

    _FIELDS = {
        "guardrail_name": ("guardrail_name", None),
        "guardrail_prompt": ("guardrail_prompt", None),
        "modality": ("modality", None),
        "callback_url": ("callback_url", None),
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
        modality: CreateGuardrailsBodyDataItemModality | None = None,
        callback_url: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "guardrail_name": guardrail_name,
            "guardrail_prompt": guardrail_prompt,
            "modality": modality,
            "callback_url": callback_url,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateGuardrailsBodyDataItemParam = TypedDict(
    "CreateGuardrailsBodyDataItemParam",
    {
        "guardrail_name": Required["str"],
        "guardrail_prompt": Required["str"],
        "modality": "CreateGuardrailsBodyDataItemModality",
        "callback_url": "str",
    },
    total=False,
)


from ..models.create_guardrails_body_data_item_modality import (
    CreateGuardrailsBodyDataItemModality,
)
