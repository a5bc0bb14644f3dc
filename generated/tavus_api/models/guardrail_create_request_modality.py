from typing import Literal

GuardrailCreateRequestModality = Literal["verbal", "visual"]

GUARDRAIL_CREATE_REQUEST_MODALITY_VALUES: set[GuardrailCreateRequestModality] = {
    "verbal",
    "visual",
}


def check_guardrail_create_request_modality(
    value: str,
) -> GuardrailCreateRequestModality:
    if value in GUARDRAIL_CREATE_REQUEST_MODALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GUARDRAIL_CREATE_REQUEST_MODALITY_VALUES!r}"
    )
