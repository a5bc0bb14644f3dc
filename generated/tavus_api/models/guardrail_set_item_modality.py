from typing import Literal

GuardrailSetItemModality = Literal["verbal", "visual"]

GUARDRAIL_SET_ITEM_MODALITY_VALUES: set[GuardrailSetItemModality] = {
    "verbal",
    "visual",
}


def check_guardrail_set_item_modality(value: str) -> GuardrailSetItemModality:
    if value in GUARDRAIL_SET_ITEM_MODALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GUARDRAIL_SET_ITEM_MODALITY_VALUES!r}"
    )
