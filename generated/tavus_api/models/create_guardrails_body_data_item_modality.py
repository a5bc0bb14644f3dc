from typing import Literal

CreateGuardrailsBodyDataItemModality = Literal["verbal", "visual"]

CREATE_GUARDRAILS_BODY_DATA_ITEM_MODALITY_VALUES: set[
    CreateGuardrailsBodyDataItemModality
] = {
    "verbal",
    "visual",
}


def check_create_guardrails_body_data_item_modality(
    value: str,
) -> CreateGuardrailsBodyDataItemModality:
    if value in CREATE_GUARDRAILS_BODY_DATA_ITEM_MODALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_GUARDRAILS_BODY_DATA_ITEM_MODALITY_VALUES!r}"
    )
