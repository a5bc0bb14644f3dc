from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_next_conditional_objectives(value: Any) -> Any:
    return parse_model(CreateObjectivesBodyDataItemNextConditionalObjectives, value)


class CreateObjectivesBodyDataItem(Model):
    objective_name: str
    """ A descriptive name for the objective. This must be a string value without spaces. """
    objective_prompt: str
    """ The detailed prompt that defines what the objective should accomplish. """
    confirmation_mode: CreateObjectivesBodyDataItemConfirmationMode | None
    """ How the objective completion should be confirmed. If set to `manual`, the user will be prompted to confirm
    the objective completion. If set to `auto`, the LLM will determine whether the objective was completed or not.
    """
    output_variables: list[str] | None
    """ Optional list of variables that should be extracted or collected during the objective. """
    modality: CreateObjectivesBodyDataItemModality | None
    """ The communication modality for the objective. If set to `verbal`, the objective will be completed by the
    user's responses. If set to `visual`, the objective can only be completed by visual / perception cues observed
    by Raven. """
    next_conditional_objectives: (
        CreateObjectivesBodyDataItemNextConditionalObjectives | None
    )
    """ A mapping of objective names to conditions that must be satisfied for that objective to be activated once
    this objective is completed. Use this to write multiple conditional objectives. """
    next_required_objective: str | None
    """ The name of the next required objective that will be activated once the current objective is completed. Use
    this to write a single next required objective without conditions. """
    callback_url: str | None
    """ Optional URL that will receive notifications when the objective is completed. """

    _FIELDS = {
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
    }
    _REQUIRED = (
        "objective_name",
        "objective_prompt",
    )

    def __init__(
        self,
        *,
        objective_name: str,
        objective_prompt: str,
        confirmation_mode: CreateObjectivesBodyDataItemConfirmationMode | None = None,
        output_variables: list[str] | None = None,
        modality: CreateObjectivesBodyDataItemModality | None = None,
        next_conditional_objectives: CreateObjectivesBodyDataItemNextConditionalObjectives
        | None = None,
        next_required_objective: str | None = None,
        callback_url: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "objective_name": objective_name,
            "objective_prompt": objective_prompt,
            "confirmation_mode": confirmation_mode,
            "output_variables": output_variables,
            "modality": modality,
            "next_conditional_objectives": next_conditional_objectives,
            "next_required_objective": next_required_objective,
            "callback_url": callback_url,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateObjectivesBodyDataItemParam = TypedDict(
    "CreateObjectivesBodyDataItemParam",
    {
        "objective_name": Required["str"],
        "objective_prompt": Required["str"],
        "confirmation_mode": "CreateObjectivesBodyDataItemConfirmationMode",
        "output_variables": "list[str]",
        "modality": "CreateObjectivesBodyDataItemModality",
        "next_conditional_objectives": "CreateObjectivesBodyDataItemNextConditionalObjectivesParam",
        "next_required_objective": "str",
        "callback_url": "str",
    },
    total=False,
)


from ..models.create_objectives_body_data_item_confirmation_mode import (
    CreateObjectivesBodyDataItemConfirmationMode,
)
from ..models.create_objectives_body_data_item_modality import (
    CreateObjectivesBodyDataItemModality,
)
from ..models.create_objectives_body_data_item_next_conditional_objectives import (
    CreateObjectivesBodyDataItemNextConditionalObjectives,
    CreateObjectivesBodyDataItemNextConditionalObjectivesParam,
)
