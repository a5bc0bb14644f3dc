from typing import Literal

PatchPalBodyItemOp = Literal["add", "copy", "move", "remove", "replace", "test"]

PATCH_PAL_BODY_ITEM_OP_VALUES: set[PatchPalBodyItemOp] = {
    "add",
    "copy",
    "move",
    "remove",
    "replace",
    "test",
}


def check_patch_pal_body_item_op(value: str) -> PatchPalBodyItemOp:
    if value in PATCH_PAL_BODY_ITEM_OP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_PAL_BODY_ITEM_OP_VALUES!r}"
    )
