from typing import Literal

ListGuardrailsSort = Literal["ascending", "descending"]

LIST_GUARDRAILS_SORT_VALUES: set[ListGuardrailsSort] = {
    "ascending",
    "descending",
}


def check_list_guardrails_sort(value: str) -> ListGuardrailsSort:
    if value in LIST_GUARDRAILS_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_GUARDRAILS_SORT_VALUES!r}"
    )
