from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppendLlmContextProperties")


@_attrs_define
class AppendLlmContextProperties:
    context: str
    """ Appended as LLM context; if no `conversational_context` existed from conversation creation, this string
    seeds it. See [Create Conversation](/api-reference/conversations/create-conversation) for
    `conversational_context` at session start. """
    job_status: str | Unset = UNSET
    """ When set to `completed`, a job-completed event is queued internally. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context = self.context

        job_status = self.job_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context": context,
            }
        )
        if job_status is not UNSET:
            field_dict["job_status"] = job_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        context = d.pop("context")

        job_status = d.pop("job_status", UNSET)

        append_llm_context_properties = cls(
            context=context,
            job_status=job_status,
        )

        append_llm_context_properties.additional_properties = d
        return append_llm_context_properties

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
