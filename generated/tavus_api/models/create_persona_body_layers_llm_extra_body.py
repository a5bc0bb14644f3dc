from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreatePersonaBodyLayersLlmExtraBody")


@_attrs_define
class CreatePersonaBodyLayersLlmExtraBody:
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

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        create_persona_body_layers_llm_extra_body = cls()

        create_persona_body_layers_llm_extra_body.additional_properties = d
        return create_persona_body_layers_llm_extra_body

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
