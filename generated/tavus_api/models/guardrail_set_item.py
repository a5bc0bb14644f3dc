from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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


from ..models.guardrail_set_item_modality import GuardrailSetItemModality
