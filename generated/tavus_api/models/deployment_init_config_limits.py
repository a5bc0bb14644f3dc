from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class DeploymentInitConfigLimits(Model):
    max_call_duration: int | None
    daily_call_limit_per_user: int | None

    _FIELDS = {
        "max_call_duration": ("max_call_duration", None),
        "daily_call_limit_per_user": ("daily_call_limit_per_user", None),
    }

    def __init__(
        self,
        *,
        max_call_duration: int | None = None,
        daily_call_limit_per_user: int | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "max_call_duration": max_call_duration,
            "daily_call_limit_per_user": daily_call_limit_per_user,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
DeploymentInitConfigLimitsParam = TypedDict(
    "DeploymentInitConfigLimitsParam",
    {
        "max_call_duration": "int",
        "daily_call_limit_per_user": "int",
    },
    total=False,
)
