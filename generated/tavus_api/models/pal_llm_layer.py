from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model, parse_models


def _parse_tools(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(PalLlmLayerToolsItem, value)
    return value


def _parse_headers(value: Any) -> Any:
    return parse_model(PalLlmLayerHeaders, value)


def _parse_extra_body(value: Any) -> Any:
    return parse_model(PalLlmLayerExtraBody, value)


class PalLlmLayer(Model):
    """LLM settings (a Tavus-hosted model, or any OpenAI-compatible endpoint via model, base_url and api_key)."""

    model: str | None
    """ Model name. """
    base_url: str | None
    """ Base URL of an OpenAI-compatible endpoint. """
    api_key: str | None
    """ API key for that endpoint. """
    speculative_inference: bool | None
    """ Starts processing transcriptions before the user finishes speaking (on by default). """
    tools: list[PalLlmLayerToolsItem] | None
    """ Legacy inline tools (OpenAI function format); new work creates tools with /v2/tools and attaches them with
    /v2/pals/{pal_id}/tools. """
    headers: PalLlmLayerHeaders | None
    """ Extra headers sent to a custom LLM. """
    extra_body: PalLlmLayerExtraBody | None
    """ Extra request parameters (e.g. temperature, top_p). """

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
        tools: list[PalLlmLayerToolsItem] | None = None,
        headers: PalLlmLayerHeaders | None = None,
        extra_body: PalLlmLayerExtraBody | None = None,
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
PalLlmLayerParam = TypedDict(
    "PalLlmLayerParam",
    {
        "model": "str",
        "base_url": "str",
        "api_key": "str",
        "speculative_inference": "bool",
        "tools": "list[PalLlmLayerToolsItemParam]",
        "headers": "PalLlmLayerHeadersParam",
        "extra_body": "PalLlmLayerExtraBodyParam",
    },
    total=False,
)


from ..models.pal_llm_layer_extra_body import (
    PalLlmLayerExtraBody,
    PalLlmLayerExtraBodyParam,
)
from ..models.pal_llm_layer_headers import (
    PalLlmLayerHeaders,
    PalLlmLayerHeadersParam,
)
from ..models.pal_llm_layer_tools_item import (
    PalLlmLayerToolsItem,
    PalLlmLayerToolsItemParam,
)
