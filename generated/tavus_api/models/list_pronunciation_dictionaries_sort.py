from typing import Literal

ListPronunciationDictionariesSort = Literal["asc", "desc"]

LIST_PRONUNCIATION_DICTIONARIES_SORT_VALUES: set[ListPronunciationDictionariesSort] = {
    "asc",
    "desc",
}


def check_list_pronunciation_dictionaries_sort(
    value: str,
) -> ListPronunciationDictionariesSort:
    if value in LIST_PRONUNCIATION_DICTIONARIES_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRONUNCIATION_DICTIONARIES_SORT_VALUES!r}"
    )
