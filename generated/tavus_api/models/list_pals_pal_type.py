from typing import Literal

ListPalsPalType = Literal["system", "user"]

LIST_PALS_PAL_TYPE_VALUES: set[ListPalsPalType] = {
    "system",
    "user",
}


def check_list_pals_pal_type(value: str) -> ListPalsPalType:
    if value in LIST_PALS_PAL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PALS_PAL_TYPE_VALUES!r}"
    )
