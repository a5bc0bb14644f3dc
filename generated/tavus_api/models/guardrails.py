from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class Guardrails(Model):
    """A legacy set in the set list (published shape)."""

    guardrails_id: str
    created_at: str | None
    updated_at: str | None
    guardrails_name: str | None
    status: str | None

    _FIELDS = {
        "guardrails_id": ("guardrails_id", None),
        "created_at": ("created_at", None),
        "updated_at": ("updated_at", None),
        "guardrails_name": ("guardrails_name", None),
        "status": ("status", None),
    }
    _REQUIRED = ("guardrails_id",)

    def __init__(
        self,
        *,
        guardrails_id: str,
        created_at: str | None = None,
        updated_at: str | None = None,
        guardrails_name: str | None = None,
        status: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "guardrails_id": guardrails_id,
            "created_at": created_at,
            "updated_at": updated_at,
            "guardrails_name": guardrails_name,
            "status": status,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
GuardrailsParam = TypedDict(
    "GuardrailsParam",
    {
        "guardrails_id": Required["str"],
        "created_at": "str",
        "updated_at": "str",
        "guardrails_name": "str",
        "status": "str",
    },
    total=False,
)
