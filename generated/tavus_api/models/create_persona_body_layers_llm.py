from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_persona_body_layers_llm_extra_body import (
        CreatePersonaBodyLayersLlmExtraBody,
    )
    from ..models.create_persona_body_layers_llm_headers import (
        CreatePersonaBodyLayersLlmHeaders,
    )
    from ..models.create_persona_body_layers_llm_tools_item import (
        CreatePersonaBodyLayersLlmToolsItem,
    )


T = TypeVar("T", bound="CreatePersonaBodyLayersLlm")


@_attrs_define
class CreatePersonaBodyLayersLlm:
    model: str | Unset = UNSET
    """ The model name that will be used by the LLM. **tavus-gpt-oss** is recommended as a good starting point.
    Other Tavus-hosted options include tavus-gemini-2.5-flash, tavus-claude-haiku-4.5, tavus-gpt-5.2, and tavus-
    gemini-3-flash. See the [LLM layer documentation](/sections/conversational-video-interface/persona/llm) for a
    full comparison.

    For your own OpenAI-compatible LLM, provide a `model`, `base_url`, and `api_key`.

    **Context window:** Performance and intelligence are best when prompts are limited to 5,000 tokens. Degradations
    in speed and instruction following may occur in the 15,000–20,000 token range. Tavus-hosted models support up to
    32,000 tokens. Tip: 1 token ≈ 4 characters.
     """
    base_url: str | Unset = UNSET
    """ The base url for your OpenAI compatible endpoint. """
    api_key: str | Unset = UNSET
    """ The API key for the OpenAI compatible endpoint. """
    speculative_inference: bool | Unset = True
    """ When set to `true`, the LLM begins processing speech transcriptions before user input ends, improving
    responsiveness. Default is `true`. """
    tools: list[CreatePersonaBodyLayersLlmToolsItem] | Unset = UNSET
    """ Optional tools to provide to your custom LLM - click [here](/sections/conversational-video-
    interface/persona/llm-tool) for more details. """
    headers: CreatePersonaBodyLayersLlmHeaders | Unset = UNSET
    """ Optional headers to provide to your custom LLM """
    extra_body: CreatePersonaBodyLayersLlmExtraBody | Unset = UNSET
    """ Optional parameters to customize the LLM request.

    For Tavus-hosted models, you can pass `temperature` and `top_p`:
    - `temperature`: Controls randomness in the model's output. Range typically 0.0 to 2.0. Lower values make output
    more deterministic and focused, higher values make it more creative and varied.
    - `top_p`: Controls diversity via nucleus sampling. Range 0.0 to 1.0. Lower values make output more focused on
    high-probability tokens, higher values allow more diverse token selection.

    For custom LLMs, you can pass any parameters that your LLM provider supports (e.g., `temperature`, `top_p`,
    `frequency_penalty`, etc.).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        base_url = self.base_url

        api_key = self.api_key

        speculative_inference = self.speculative_inference

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        extra_body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_body, Unset):
            extra_body = self.extra_body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if speculative_inference is not UNSET:
            field_dict["speculative_inference"] = speculative_inference
        if tools is not UNSET:
            field_dict["tools"] = tools
        if headers is not UNSET:
            field_dict["headers"] = headers
        if extra_body is not UNSET:
            field_dict["extra_body"] = extra_body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_persona_body_layers_llm_extra_body import (
            CreatePersonaBodyLayersLlmExtraBody,
        )
        from ..models.create_persona_body_layers_llm_headers import (
            CreatePersonaBodyLayersLlmHeaders,
        )
        from ..models.create_persona_body_layers_llm_tools_item import (
            CreatePersonaBodyLayersLlmToolsItem,
        )

        d = dict(src_dict)
        model = d.pop("model", UNSET)

        base_url = d.pop("base_url", UNSET)

        api_key = d.pop("api_key", UNSET)

        speculative_inference = d.pop("speculative_inference", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[CreatePersonaBodyLayersLlmToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = CreatePersonaBodyLayersLlmToolsItem.from_dict(
                    tools_item_data
                )

                tools.append(tools_item)

        _headers = d.pop("headers", UNSET)
        headers: CreatePersonaBodyLayersLlmHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = CreatePersonaBodyLayersLlmHeaders.from_dict(_headers)

        _extra_body = d.pop("extra_body", UNSET)
        extra_body: CreatePersonaBodyLayersLlmExtraBody | Unset
        if isinstance(_extra_body, Unset):
            extra_body = UNSET
        else:
            extra_body = CreatePersonaBodyLayersLlmExtraBody.from_dict(_extra_body)

        create_persona_body_layers_llm = cls(
            model=model,
            base_url=base_url,
            api_key=api_key,
            speculative_inference=speculative_inference,
            tools=tools,
            headers=headers,
            extra_body=extra_body,
        )

        create_persona_body_layers_llm.additional_properties = d
        return create_persona_body_layers_llm

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
