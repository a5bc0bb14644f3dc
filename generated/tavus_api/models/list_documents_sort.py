from typing import Literal

ListDocumentsSort = Literal["ascending", "descending"]

LIST_DOCUMENTS_SORT_VALUES: set[ListDocumentsSort] = {
    "ascending",
    "descending",
}


def check_list_documents_sort(value: str) -> ListDocumentsSort:
    if value in LIST_DOCUMENTS_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DOCUMENTS_SORT_VALUES!r}"
    )
