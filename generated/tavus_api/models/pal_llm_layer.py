from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


def _parse_tools(value: Any) -> Any:
    if isinstance(value, list):
        return [
            PalLlmLayerToolsItem.from_dict(item) if isinstance(item, Mapping) else item
            for item in value
        ]
    return value


def _parse_headers(value: Any) -> Any:
    if isinstance(value, Mapping):
        return PalLlmLayerHeaders.from_dict(value)
    return value


def _parse_extra_body(value: Any) -> Any:
    if isinstance(value, Mapping):
        return PalLlmLayerExtraBody.from_dict(value)
    return value


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


from ..models.pal_llm_layer_extra_body import PalLlmLayerExtraBody
from ..models.pal_llm_layer_headers import PalLlmLayerHeaders
from ..models.pal_llm_layer_tools_item import PalLlmLayerToolsItem
