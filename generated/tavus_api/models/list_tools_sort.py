from typing import Literal

ListToolsSort = Literal["asc", "desc"]

LIST_TOOLS_SORT_VALUES: set[ListToolsSort] = {
    "asc",
    "desc",
}


def check_list_tools_sort(value: str) -> ListToolsSort:
    if value in LIST_TOOLS_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TOOLS_SORT_VALUES!r}"
    )
