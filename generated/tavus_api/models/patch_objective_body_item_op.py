from typing import Literal

PatchObjectiveBodyItemOp = Literal["add", "copy", "move", "remove", "replace", "test"]

PATCH_OBJECTIVE_BODY_ITEM_OP_VALUES: set[PatchObjectiveBodyItemOp] = {
    "add",
    "copy",
    "move",
    "remove",
    "replace",
    "test",
}


def check_patch_objective_body_item_op(value: str) -> PatchObjectiveBodyItemOp:
    if value in PATCH_OBJECTIVE_BODY_ITEM_OP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_OBJECTIVE_BODY_ITEM_OP_VALUES!r}"
    )
