from typing import Literal

PerceptionToolCallPropertiesModality = Literal["audio", "vision"]

PERCEPTION_TOOL_CALL_PROPERTIES_MODALITY_VALUES: set[
    PerceptionToolCallPropertiesModality
] = {
    "audio",
    "vision",
}


def check_perception_tool_call_properties_modality(
    value: str,
) -> PerceptionToolCallPropertiesModality:
    if value in PERCEPTION_TOOL_CALL_PROPERTIES_MODALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERCEPTION_TOOL_CALL_PROPERTIES_MODALITY_VALUES!r}"
    )
