from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model, parse_models


def _parse_tools(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(LlmLayerToolsItem, value)
    return value


def _parse_headers(value: Any) -> Any:
    return parse_model(LlmLayerHeaders, value)


def _parse_extra_body(value: Any) -> Any:
    return parse_model(LlmLayerExtraBody, value)


class LlmLayer(Model):
    model: str | None
    """ The model name that will be used by the llm. """
    base_url: str | None
    """ The base URL for the OpenAI compatible endpoint if you are using your own llm. """
    api_key: str | None
    """ The API key for the OpenAI compatible endpoint if you are using your own llm. """
    tools: list[LlmLayerToolsItem] | None
    """ Optional tools to provide to your custom LLM """
    headers: LlmLayerHeaders | None
    """ Optional headers to provide to your custom LLM """
    extra_body: LlmLayerExtraBody | None
    """ Optional parameters to customize the LLM request.

    For Tavus-hosted models, you can pass `temperature` and `top_p`:
    - `temperature`: Controls randomness in the model's output. Range typically 0.0 to 2.0. Lower values make output
    more deterministic and focused, higher values make it more creative and varied.
    - `top_p`: Controls diversity via nucleus sampling. Range 0.0 to 1.0. Lower values make output more focused on
    high-probability tokens, higher values allow more diverse token selection.

    For custom LLMs, you can pass any parameters that your LLM provider supports (e.g., `temperature`, `top_p`,
    `frequency_penalty`, etc.).
     """

    _FIELDS = {
        "model": ("model", None),
        "base_url": ("base_url", None),
        "api_key": ("api_key", None),
        "tools": ("tools", _parse_tools),
        "headers": ("headers", _parse_headers),
        "extra_body": ("extra_body", _parse_extra_body),
    }

    def __init__(
        self,
        *,
        model: str | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        tools: list[LlmLayerToolsItem] | None = None,
        headers: LlmLayerHeaders | None = None,
        extra_body: LlmLayerExtraBody | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "model": model,
            "base_url": base_url,
            "api_key": api_key,
            "tools": tools,
            "headers": headers,
            "extra_body": extra_body,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
LlmLayerParam = TypedDict(
    "LlmLayerParam",
    {
        "model": "str",
        "base_url": "str",
        "api_key": "str",
        "tools": "list[LlmLayerToolsItemParam]",
        "headers": "LlmLayerHeadersParam",
        "extra_body": "LlmLayerExtraBodyParam",
    },
    total=False,
)


from ..models.llm_layer_extra_body import (
    LlmLayerExtraBody,
    LlmLayerExtraBodyParam,
)
from ..models.llm_layer_headers import (
    LlmLayerHeaders,
    LlmLayerHeadersParam,
)
from ..models.llm_layer_tools_item import (
    LlmLayerToolsItem,
    LlmLayerToolsItemParam,
)
