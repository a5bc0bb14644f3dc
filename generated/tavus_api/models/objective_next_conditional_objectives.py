from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class ObjectiveNextConditionalObjectives(Model):
    """Mapping of objective names to conditions that must be satisfied for that objective to be activated

    Example:
        {'new_patient_intake_process': 'If the patient has never been to the practice before',
            'existing_patient_intake_process': 'If the patient has been to the practice before'}

    """

    _FIELDS = {}

    def __init__(
        self,
        *,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {}
        self._init(values, additional_properties)


# The request-side form: an object the contract gives no properties (any keys).
ObjectiveNextConditionalObjectivesParam = Mapping[str, Any]
