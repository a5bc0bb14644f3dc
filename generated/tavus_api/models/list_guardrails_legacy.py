from typing import Literal

ListGuardrailsLegacy = Literal["false", "true"]

LIST_GUARDRAILS_LEGACY_VALUES: set[ListGuardrailsLegacy] = {
    "false",
    "true",
}


def check_list_guardrails_legacy(value: str) -> ListGuardrailsLegacy:
    if value in LIST_GUARDRAILS_LEGACY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_GUARDRAILS_LEGACY_VALUES!r}"
    )
