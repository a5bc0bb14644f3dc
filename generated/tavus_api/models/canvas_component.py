from typing import Literal

CanvasComponent = Literal[
    "canvas.alert",
    "canvas.calendar",
    "canvas.chart",
    "canvas.image",
    "canvas.input",
    "canvas.question",
    "canvas.scheduling_embed",
    "canvas.text",
    "canvas.video",
]

CANVAS_COMPONENT_VALUES: set[CanvasComponent] = {
    "canvas.alert",
    "canvas.calendar",
    "canvas.chart",
    "canvas.image",
    "canvas.input",
    "canvas.question",
    "canvas.scheduling_embed",
    "canvas.text",
    "canvas.video",
}


def check_canvas_component(value: str) -> CanvasComponent:
    if value in CANVAS_COMPONENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANVAS_COMPONENT_VALUES!r}"
    )
