from typing import Literal

PatchPersonaBodyItemOp = Literal["add", "copy", "move", "remove", "replace", "test"]

PATCH_PERSONA_BODY_ITEM_OP_VALUES: set[PatchPersonaBodyItemOp] = {
    "add",
    "copy",
    "move",
    "remove",
    "replace",
    "test",
}


def check_patch_persona_body_item_op(value: str) -> PatchPersonaBodyItemOp:
    if value in PATCH_PERSONA_BODY_ITEM_OP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_PERSONA_BODY_ITEM_OP_VALUES!r}"
    )
