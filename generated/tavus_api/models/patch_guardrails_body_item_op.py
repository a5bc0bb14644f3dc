from typing import Literal

PatchGuardrailsBodyItemOp = Literal["add", "copy", "move", "remove", "replace", "test"]

PATCH_GUARDRAILS_BODY_ITEM_OP_VALUES: set[PatchGuardrailsBodyItemOp] = {
    "add",
    "copy",
    "move",
    "remove",
    "replace",
    "test",
}


def check_patch_guardrails_body_item_op(value: str) -> PatchGuardrailsBodyItemOp:
    if value in PATCH_GUARDRAILS_BODY_ITEM_OP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_GUARDRAILS_BODY_ITEM_OP_VALUES!r}"
    )
