from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_data(value: Any) -> Any:
    return parse_model(Objective, value)


class ObjectivesDetail(Model):
    data: Objective

    _FIELDS = {
        "data": ("data", _parse_data),
    }
    _REQUIRED = ("data",)

    def __init__(
        self,
        *,
        data: Objective,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "data": data,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ObjectivesDetailParam = TypedDict(
    "ObjectivesDetailParam",
    {
        "data": Required["ObjectiveParam"],
    },
    total=False,
)


from ..models.objective import (
    Objective,
    ObjectiveParam,
)
