from typing import Literal

PatchPronunciationDictionaryBodyItemOp = Literal[
    "add", "copy", "move", "remove", "replace", "test"
]

PATCH_PRONUNCIATION_DICTIONARY_BODY_ITEM_OP_VALUES: set[
    PatchPronunciationDictionaryBodyItemOp
] = {
    "add",
    "copy",
    "move",
    "remove",
    "replace",
    "test",
}


def check_patch_pronunciation_dictionary_body_item_op(
    value: str,
) -> PatchPronunciationDictionaryBodyItemOp:
    if value in PATCH_PRONUNCIATION_DICTIONARY_BODY_ITEM_OP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_PRONUNCIATION_DICTIONARY_BODY_ITEM_OP_VALUES!r}"
    )
