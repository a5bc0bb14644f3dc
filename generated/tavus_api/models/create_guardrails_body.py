from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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


from ..models.create_guardrails_body_data_item import CreateGuardrailsBodyDataItem
