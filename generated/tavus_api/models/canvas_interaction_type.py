from typing import Literal

CanvasInteractionType = Literal[
    "clear", "dismiss", "error", "heartbeat", "skip", "submit"
]

CANVAS_INTERACTION_TYPE_VALUES: set[CanvasInteractionType] = {
    "clear",
    "dismiss",
    "error",
    "heartbeat",
    "skip",
    "submit",
}


def check_canvas_interaction_type(value: str) -> CanvasInteractionType:
    if value in CANVAS_INTERACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANVAS_INTERACTION_TYPE_VALUES!r}"
    )
