from typing import Literal

GetVoicesSort = Literal["asc", "desc"]

GET_VOICES_SORT_VALUES: set[GetVoicesSort] = {
    "asc",
    "desc",
}


def check_get_voices_sort(value: str) -> GetVoicesSort:
    if value in GET_VOICES_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_VOICES_SORT_VALUES!r}"
    )
