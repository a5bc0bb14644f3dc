from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_models


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(CreateGuardrailsBodyDataItem, value)
    return value


class CreateGuardrailsBody(Model):
    name: str | None
    """ A descriptive name for the collection of individual guardrails """
    data: list[CreateGuardrailsBodyDataItem] | None
    """ A list of individual guardrails """

    _FIELDS = {
        "name": ("name", None),
        "data": ("data", _parse_data),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        data: list[CreateGuardrailsBodyDataItem] | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "name": name,
            "data": data,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateGuardrailsBodyParam = TypedDict(
    "CreateGuardrailsBodyParam",
    {
        "name": "str",
        "data": "list[CreateGuardrailsBodyDataItemParam]",
    },
    total=False,
)


from ..models.create_guardrails_body_data_item import (
    CreateGuardrailsBodyDataItem,
    CreateGuardrailsBodyDataItemParam,
)
