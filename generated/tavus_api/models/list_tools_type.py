from typing import Literal

ListToolsType = Literal["all", "system", "user"]

LIST_TOOLS_TYPE_VALUES: set[ListToolsType] = {
    "all",
    "system",
    "user",
}


def check_list_tools_type(value: str) -> ListToolsType:
    if value in LIST_TOOLS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TOOLS_TYPE_VALUES!r}"
    )
