from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class LlmLayerExtraBody(Model):
    """Optional parameters to customize the LLM request.

    For Tavus-hosted models, you can pass `temperature` and `top_p`:
    - `temperature`: Controls randomness in the model's output. Range typically 0.0 to 2.0. Lower values make output
    more deterministic and focused, higher values make it more creative and varied.
    - `top_p`: Controls diversity via nucleus sampling. Range 0.0 to 1.0. Lower values make output more focused on high-
    probability tokens, higher values allow more diverse token selection.

    For custom LLMs, you can pass any parameters that your LLM provider supports (e.g., `temperature`, `top_p`,
    `frequency_penalty`, etc.).

        Example:
            {'temperature': 0.7, 'top_p': 0.9}

    """

    _FIELDS = {}

    def __init__(
        self,
        *,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {}
        self._init(values, additional_properties)


# The request-side form: an object the contract gives no properties (any keys).
LlmLayerExtraBodyParam = Mapping[str, Any]
