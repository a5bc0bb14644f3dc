from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_next_conditional_objectives(value: Any) -> Any:
    return parse_model(ObjectivesNextConditionalObjectives, value)


class Objectives(Model):
    objectives_id: str
    """ Unique identifier for the objective """
    objective_name: str | None
    """ Name of the objective """
    objective_prompt: str | None
    """ The detailed prompt that defines what the objective should accomplish """
    confirmation_mode: str | None
    """ How the objective completion should be confirmed """
    output_variables: list[str] | None
    """ List of variables that should be extracted or collected during the objective """
    modality: str | None
    """ The communication modality for the objective """
    next_conditional_objectives: ObjectivesNextConditionalObjectives | None
    """ Mapping of objective names to conditions that must be satisfied for that objective to be activated. Use this
    to write multiple conditional objectives """
    next_required_objective: str | None
    """ The name of the next required objective that will be activated once the current objective is completed. Use
    this to write a single next required objective without conditions """
    callback_url: str | None
    """ URL that will receive notifications when the objective is completed """
    created_at: str | None
    """ ISO 8601 timestamp of when the objective was created """
    updated_at: str | None
    """ ISO 8601 timestamp of when the objective was last updated """
    status: str | None
    """ Current status of the objective """

    _FIELDS = {
        "objectives_id": ("objectives_id", None),
        "objective_name": ("objective_name", None),
        "objective_prompt": ("objective_prompt", None),
        "confirmation_mode": ("confirmation_mode", None),
        "output_variables": ("output_variables", None),
        "modality": ("modality", None),
        "next_conditional_objectives": (
            "next_conditional_objectives",
            _parse_next_conditional_objectives,
        ),
        "next_required_objective": ("next_required_objective", None),
        "callback_url": ("callback_url", None),
        "created_at": ("created_at", None),
        "updated_at": ("updated_at", None),
        "status": ("status", None),
    }
    _REQUIRED = ("objectives_id",)

    def __init__(
        self,
        *,
        objectives_id: str,
        objective_name: str | None = None,
        objective_prompt: str | None = None,
        confirmation_mode: str | None = None,
        output_variables: list[str] | None = None,
        modality: str | None = None,
        next_conditional_objectives: ObjectivesNextConditionalObjectives | None = None,
        next_required_objective: str | None = None,
        callback_url: str | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        status: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "objectives_id": objectives_id,
            "objective_name": objective_name,
            "objective_prompt": objective_prompt,
            "confirmation_mode": confirmation_mode,
            "output_variables": output_variables,
            "modality": modality,
            "next_conditional_objectives": next_conditional_objectives,
            "next_required_objective": next_required_objective,
            "callback_url": callback_url,
            "created_at": created_at,
            "updated_at": updated_at,
            "status": status,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ObjectivesParam = TypedDict(
    "ObjectivesParam",
    {
        "objectives_id": Required["str"],
        "objective_name": "str",
        "objective_prompt": "str",
        "confirmation_mode": "str",
        "output_variables": "list[str]",
        "modality": "str",
        "next_conditional_objectives": "ObjectivesNextConditionalObjectivesParam",
        "next_required_objective": "str",
        "callback_url": "str",
        "created_at": "str",
        "updated_at": "str",
        "status": "str",
    },
    total=False,
)


from ..models.objectives_next_conditional_objectives import (
    ObjectivesNextConditionalObjectives,
    ObjectivesNextConditionalObjectivesParam,
)
