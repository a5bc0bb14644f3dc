from typing import Literal

PerceptionToolCallEventPropertiesModality = Literal["audio", "vision"]

PERCEPTION_TOOL_CALL_EVENT_PROPERTIES_MODALITY_VALUES: set[
    PerceptionToolCallEventPropertiesModality
] = {
    "audio",
    "vision",
}


def check_perception_tool_call_event_properties_modality(
    value: str,
) -> PerceptionToolCallEventPropertiesModality:
    if value in PERCEPTION_TOOL_CALL_EVENT_PROPERTIES_MODALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERCEPTION_TOOL_CALL_EVENT_PROPERTIES_MODALITY_VALUES!r}"
    )
