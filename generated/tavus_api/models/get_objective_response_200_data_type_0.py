from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_objective_response_200_data_type_0_next_conditional_objectives_type_0 import (
        GetObjectiveResponse200DataType0NextConditionalObjectivesType0,
    )


T = TypeVar("T", bound="GetObjectiveResponse200DataType0")


@_attrs_define
class GetObjectiveResponse200DataType0:
    objective_name: None | str | Unset = UNSET
    """ Name of the objective """
    objective_prompt: None | str | Unset = UNSET
    """ The detailed prompt that defines what the objective should accomplish """
    confirmation_mode: None | str | Unset = UNSET
    """ How the objective completion should be confirmed """
    output_variables: list[str] | None | Unset = UNSET
    """ List of variables that should be extracted or collected during the objective """
    modality: None | str | Unset = UNSET
    """ The communication modality for the objective """
    next_conditional_objectives: (
        GetObjectiveResponse200DataType0NextConditionalObjectivesType0 | None | Unset
    ) = UNSET
    """ Mapping of objective names to conditions that must be satisfied for that objective to be activated """
    next_required_objective: None | str | Unset = UNSET
    """ The name of the next required objective that will be activated once the current objective is completed. Use
    this to write a single next required objective without conditions """
    callback_url: None | str | Unset = UNSET
    """ URL that will receive notifications when the objective is completed """
    created_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp of when the objective was created """
    updated_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp of when the objective was last updated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_objective_response_200_data_type_0_next_conditional_objectives_type_0 import (
            GetObjectiveResponse200DataType0NextConditionalObjectivesType0,
        )

        objective_name: None | str | Unset
        if isinstance(self.objective_name, Unset):
            objective_name = UNSET
        else:
            objective_name = self.objective_name

        objective_prompt: None | str | Unset
        if isinstance(self.objective_prompt, Unset):
            objective_prompt = UNSET
        else:
            objective_prompt = self.objective_prompt

        confirmation_mode: None | str | Unset
        if isinstance(self.confirmation_mode, Unset):
            confirmation_mode = UNSET
        else:
            confirmation_mode = self.confirmation_mode

        output_variables: list[str] | None | Unset
        if isinstance(self.output_variables, Unset):
            output_variables = UNSET
        elif isinstance(self.output_variables, list):
            output_variables = self.output_variables

        else:
            output_variables = self.output_variables

        modality: None | str | Unset
        if isinstance(self.modality, Unset):
            modality = UNSET
        else:
            modality = self.modality

        next_conditional_objectives: dict[str, Any] | None | Unset
        if isinstance(self.next_conditional_objectives, Unset):
            next_conditional_objectives = UNSET
        elif isinstance(
            self.next_conditional_objectives,
            GetObjectiveResponse200DataType0NextConditionalObjectivesType0,
        ):
            next_conditional_objectives = self.next_conditional_objectives.to_dict()
        else:
            next_conditional_objectives = self.next_conditional_objectives

        next_required_objective: None | str | Unset
        if isinstance(self.next_required_objective, Unset):
            next_required_objective = UNSET
        else:
            next_required_objective = self.next_required_objective

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if objective_name is not UNSET:
            field_dict["objective_name"] = objective_name
        if objective_prompt is not UNSET:
            field_dict["objective_prompt"] = objective_prompt
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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_objective_response_200_data_type_0_next_conditional_objectives_type_0 import (
            GetObjectiveResponse200DataType0NextConditionalObjectivesType0,
        )

        d = dict(src_dict)

        def _parse_objective_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        objective_name = _parse_objective_name(d.pop("objective_name", UNSET))

        def _parse_objective_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        objective_prompt = _parse_objective_prompt(d.pop("objective_prompt", UNSET))

        def _parse_confirmation_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        confirmation_mode = _parse_confirmation_mode(d.pop("confirmation_mode", UNSET))

        def _parse_output_variables(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_variables_type_0 = cast(list[str], data)

                return output_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        output_variables = _parse_output_variables(d.pop("output_variables", UNSET))

        def _parse_modality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modality = _parse_modality(d.pop("modality", UNSET))

        def _parse_next_conditional_objectives(
            data: object,
        ) -> (
            GetObjectiveResponse200DataType0NextConditionalObjectivesType0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_conditional_objectives_type_0 = GetObjectiveResponse200DataType0NextConditionalObjectivesType0.from_dict(
                    data
                )

                return next_conditional_objectives_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetObjectiveResponse200DataType0NextConditionalObjectivesType0
                | None
                | Unset,
                data,
            )

        next_conditional_objectives = _parse_next_conditional_objectives(
            d.pop("next_conditional_objectives", UNSET)
        )

        def _parse_next_required_objective(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_required_objective = _parse_next_required_objective(
            d.pop("next_required_objective", UNSET)
        )

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        get_objective_response_200_data_type_0 = cls(
            objective_name=objective_name,
            objective_prompt=objective_prompt,
            confirmation_mode=confirmation_mode,
            output_variables=output_variables,
            modality=modality,
            next_conditional_objectives=next_conditional_objectives,
            next_required_objective=next_required_objective,
            callback_url=callback_url,
            created_at=created_at,
            updated_at=updated_at,
        )

        get_objective_response_200_data_type_0.additional_properties = d
        return get_objective_response_200_data_type_0

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
