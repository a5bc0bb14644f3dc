from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model, parse_models


def _parse_tools(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(CreatePersonaBodyLayersLlmToolsItem, value)
    return value


def _parse_headers(value: Any) -> Any:
    return parse_model(CreatePersonaBodyLayersLlmHeaders, value)


def _parse_extra_body(value: Any) -> Any:
    return parse_model(CreatePersonaBodyLayersLlmExtraBody, value)


class CreatePersonaBodyLayersLlm(Model):
    model: str | None
    """ The model name that will be used by the LLM. **tavus-gpt-oss** is recommended as a good starting point.
    Other Tavus-hosted options include tavus-gemini-2.5-flash, tavus-claude-haiku-4.5, tavus-gpt-5.2, and tavus-
    gemini-3-flash. See the [LLM layer documentation](/sections/conversational-video-interface/persona/llm) for a
    full comparison.

    For your own OpenAI-compatible LLM, provide a `model`, `base_url`, and `api_key`.

    **Context window:** Performance and intelligence are best when prompts are limited to 5,000 tokens. Degradations
    in speed and instruction following may occur in the 15,000–20,000 token range. Tavus-hosted models support up to
    32,000 tokens. Tip: 1 token ≈ 4 characters.
     """
    base_url: str | None
    """ The base url for your OpenAI compatible endpoint. """
    api_key: str | None
    """ The API key for the OpenAI compatible endpoint. """
    speculative_inference: bool | None
    """ When set to `true`, the LLM begins processing speech transcriptions before user input ends, improving
    responsiveness. Default is `true`. """
    tools: list[CreatePersonaBodyLayersLlmToolsItem] | None
    """ Optional tools to provide to your custom LLM - click [here](/sections/conversational-video-
    interface/persona/llm-tool) for more details. """
    headers: CreatePersonaBodyLayersLlmHeaders | None
    """ Optional headers to provide to your custom LLM """
    extra_body: CreatePersonaBodyLayersLlmExtraBody | None
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
        "speculative_inference": ("speculative_inference", None),
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
        speculative_inference: bool | None = None,
        tools: list[CreatePersonaBodyLayersLlmToolsItem] | None = None,
        headers: CreatePersonaBodyLayersLlmHeaders | None = None,
        extra_body: CreatePersonaBodyLayersLlmExtraBody | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "model": model,
            "base_url": base_url,
            "api_key": api_key,
            "speculative_inference": speculative_inference,
            "tools": tools,
            "headers": headers,
            "extra_body": extra_body,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreatePersonaBodyLayersLlmParam = TypedDict(
    "CreatePersonaBodyLayersLlmParam",
    {
        "model": "str",
        "base_url": "str",
        "api_key": "str",
        "speculative_inference": "bool",
        "tools": "list[CreatePersonaBodyLayersLlmToolsItemParam]",
        "headers": "CreatePersonaBodyLayersLlmHeadersParam",
        "extra_body": "CreatePersonaBodyLayersLlmExtraBodyParam",
    },
    total=False,
)


from ..models.create_persona_body_layers_llm_extra_body import (
    CreatePersonaBodyLayersLlmExtraBody,
    CreatePersonaBodyLayersLlmExtraBodyParam,
)
from ..models.create_persona_body_layers_llm_headers import (
    CreatePersonaBodyLayersLlmHeaders,
    CreatePersonaBodyLayersLlmHeadersParam,
)
from ..models.create_persona_body_layers_llm_tools_item import (
    CreatePersonaBodyLayersLlmToolsItem,
    CreatePersonaBodyLayersLlmToolsItemParam,
)
