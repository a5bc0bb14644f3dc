from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class ReplicaSpeakingEventProperties(Model):
    """Omitted for `started_speaking`. On `stopped_speaking`, includes how long the replica spoke and whether stop was due
    to interruption.

    """

    duration: float | None
    """ Seconds (rounded), or `null` if timing unavailable. """
    interrupted: bool
    """ `true` if stop was due to interruption / mismatch vs natural end. """

    _FIELDS = {
        "duration": ("duration", None),
        "interrupted": ("interrupted", None),
    }
    _REQUIRED = (
        "duration",
        "interrupted",
    )

    def __init__(
        self,
        *,
        duration: float | None,
        interrupted: bool,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "duration": duration,
            "interrupted": interrupted,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ReplicaSpeakingEventPropertiesParam = TypedDict(
    "ReplicaSpeakingEventPropertiesParam",
    {
        "duration": Required["float | None"],
        "interrupted": Required["bool"],
    },
    total=False,
)
