from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_objectives_body_data_item_confirmation_mode import (
    CreateObjectivesBodyDataItemConfirmationMode,
    check_create_objectives_body_data_item_confirmation_mode,
)
from ..models.create_objectives_body_data_item_modality import (
    CreateObjectivesBodyDataItemModality,
    check_create_objectives_body_data_item_modality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_objectives_body_data_item_next_conditional_objectives import (
        CreateObjectivesBodyDataItemNextConditionalObjectives,
    )


T = TypeVar("T", bound="CreateObjectivesBodyDataItem")


@_attrs_define
class CreateObjectivesBodyDataItem:
    objective_name: str
    """ A descriptive name for the objective. This must be a string value without spaces. """
    objective_prompt: str
    """ The detailed prompt that defines what the objective should accomplish. """
    confirmation_mode: CreateObjectivesBodyDataItemConfirmationMode | Unset = "auto"
    """ How the objective completion should be confirmed. If set to `manual`, the user will be prompted to confirm
    the objective completion. If set to `auto`, the LLM will determine whether the objective was completed or not.
    """
    output_variables: list[str] | Unset = UNSET
    """ Optional list of variables that should be extracted or collected during the objective. """
    modality: CreateObjectivesBodyDataItemModality | Unset = "verbal"
    """ The communication modality for the objective. If set to `verbal`, the objective will be completed by the
    user's responses. If set to `visual`, the objective can only be completed by visual / perception cues observed
    by Raven. """
    next_conditional_objectives: (
        CreateObjectivesBodyDataItemNextConditionalObjectives | Unset
    ) = UNSET
    """ A mapping of objective names to conditions that must be satisfied for that objective to be activated once
    this objective is completed. Use this to write multiple conditional objectives. """
    next_required_objective: str | Unset = UNSET
    """ The name of the next required objective that will be activated once the current objective is completed. Use
    this to write a single next required objective without conditions. """
    callback_url: str | Unset = UNSET
    """ Optional URL that will receive notifications when the objective is completed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objective_name = self.objective_name

        objective_prompt = self.objective_prompt

        confirmation_mode: str | Unset = UNSET
        if not isinstance(self.confirmation_mode, Unset):
            confirmation_mode = self.confirmation_mode

        output_variables: list[str] | Unset = UNSET
        if not isinstance(self.output_variables, Unset):
            output_variables = self.output_variables

        modality: str | Unset = UNSET
        if not isinstance(self.modality, Unset):
            modality = self.modality

        next_conditional_objectives: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_conditional_objectives, Unset):
            next_conditional_objectives = self.next_conditional_objectives.to_dict()

        next_required_objective = self.next_required_objective

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objective_name": objective_name,
                "objective_prompt": objective_prompt,
            }
        )
        if confirmation_mode is not UNSET:
            field_dict["confirmation_mode"] = confirmation_mode
        if output_variables is not UNSET:
            field_dict["output_variables"] = output_variables
        if modality is not UNSET:
            field_dict["modality"] = modality
        if next_conditional_objectives is not UNSET:
            field_dict["next_conditional_objectives"] = next_conditional_objectives
        if next_required_objective is not UNSET:
            field_dict["next_required_objective"] = next_required_objective
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_objectives_body_data_item_next_conditional_objectives import (
            CreateObjectivesBodyDataItemNextConditionalObjectives,
        )

        d = dict(src_dict)
        objective_name = d.pop("objective_name")

        objective_prompt = d.pop("objective_prompt")

        _confirmation_mode = d.pop("confirmation_mode", UNSET)
        confirmation_mode: CreateObjectivesBodyDataItemConfirmationMode | Unset
        if isinstance(_confirmation_mode, Unset):
            confirmation_mode = UNSET
        else:
            confirmation_mode = (
                check_create_objectives_body_data_item_confirmation_mode(
                    _confirmation_mode
                )
            )

        output_variables = cast(list[str], d.pop("output_variables", UNSET))

        _modality = d.pop("modality", UNSET)
        modality: CreateObjectivesBodyDataItemModality | Unset
        if isinstance(_modality, Unset):
            modality = UNSET
        else:
            modality = check_create_objectives_body_data_item_modality(_modality)

        _next_conditional_objectives = d.pop("next_conditional_objectives", UNSET)
        next_conditional_objectives: (
            CreateObjectivesBodyDataItemNextConditionalObjectives | Unset
        )
        if isinstance(_next_conditional_objectives, Unset):
            next_conditional_objectives = UNSET
        else:
            next_conditional_objectives = (
                CreateObjectivesBodyDataItemNextConditionalObjectives.from_dict(
                    _next_conditional_objectives
                )
            )

        next_required_objective = d.pop("next_required_objective", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        create_objectives_body_data_item = cls(
            objective_name=objective_name,
            objective_prompt=objective_prompt,
            confirmation_mode=confirmation_mode,
            output_variables=output_variables,
            modality=modality,
            next_conditional_objectives=next_conditional_objectives,
            next_required_objective=next_required_objective,
            callback_url=callback_url,
        )

        create_objectives_body_data_item.additional_properties = d
        return create_objectives_body_data_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
