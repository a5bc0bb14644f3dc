from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class GuardrailSetItem(Model):
    """One guardrail inside a legacy set (published shape)."""

    guardrail_name: str
    """ Name of the guardrail - letters, digits and underscores only. """
    guardrail_prompt: str
    modality: GuardrailSetItemModality | None
    callback_url: str | None

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
        modality: GuardrailSetItemModality | None = None,
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
GuardrailSetItemParam = TypedDict(
    "GuardrailSetItemParam",
    {
        "guardrail_name": Required["str"],
        "guardrail_prompt": Required["str"],
        "modality": "GuardrailSetItemModality",
        "callback_url": "str",
    },
    total=False,
)


from ..models.guardrail_set_item_modality import GuardrailSetItemModality
