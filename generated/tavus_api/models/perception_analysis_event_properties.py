from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class PerceptionAnalysisEventProperties(Model):
    """Omitted when empty."""

    analysis: str
    """ Full text summary from perception (Raven / perception-enabled personas). """

    _FIELDS = {
        "analysis": ("analysis", None),
    }
    _REQUIRED = ("analysis",)

    def __init__(
        self,
        *,
        analysis: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "analysis": analysis,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PerceptionAnalysisEventPropertiesParam = TypedDict(
    "PerceptionAnalysisEventPropertiesParam",
    {
        "analysis": Required["str"],
    },
    total=False,
)
