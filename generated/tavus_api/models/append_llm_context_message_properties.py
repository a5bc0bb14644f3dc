from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class AppendLlmContextMessageProperties(Model):
    context: str
    """ Appended as LLM context; if no `conversational_context` existed from conversation creation, this string
    seeds it. See [Create Conversation](/api-reference/conversations/create-conversation) for
    `conversational_context` at session start. """
    job_status: str | None
    """ When set to `completed`, a job-completed event is queued internally. """

    _FIELDS = {
        "context": ("context", None),
        "job_status": ("job_status", None),
    }
    _REQUIRED = ("context",)

    def __init__(
        self,
        *,
        context: str,
        job_status: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "context": context,
            "job_status": job_status,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
AppendLlmContextMessagePropertiesParam = TypedDict(
    "AppendLlmContextMessagePropertiesParam",
    {
        "context": Required["str"],
        "job_status": "str",
    },
    total=False,
)
