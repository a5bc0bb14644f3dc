from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_models


def _parse_data(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(CreateObjectivesBodyDataItem, value)
    return value


class CreateObjectivesBody(Model):
    data: list[CreateObjectivesBodyDataItem]
    """ Array of objectives to create. Objectives provide goal-oriented instructions that help guide conversations
    toward specific achievements and desired outcomes. """

    _FIELDS = {
        "data": ("data", _parse_data),
    }
    _REQUIRED = ("data",)

    def __init__(
        self,
        *,
        data: list[CreateObjectivesBodyDataItem],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "data": data,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateObjectivesBodyParam = TypedDict(
    "CreateObjectivesBodyParam",
    {
        "data": Required["list[CreateObjectivesBodyDataItemParam]"],
    },
    total=False,
)


from ..models.create_objectives_body_data_item import (
    CreateObjectivesBodyDataItem,
    CreateObjectivesBodyDataItemParam,
)
