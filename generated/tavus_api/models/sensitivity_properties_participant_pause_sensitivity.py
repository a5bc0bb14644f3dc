from typing import Literal

SensitivityPropertiesParticipantPauseSensitivity = Literal[
    "auto", "high", "low", "medium", "superlow", "verylow"
]

SENSITIVITY_PROPERTIES_PARTICIPANT_PAUSE_SENSITIVITY_VALUES: set[
    SensitivityPropertiesParticipantPauseSensitivity
] = {
    "auto",
    "high",
    "low",
    "medium",
    "superlow",
    "verylow",
}


def check_sensitivity_properties_participant_pause_sensitivity(
    value: str,
) -> SensitivityPropertiesParticipantPauseSensitivity:
    if value in SENSITIVITY_PROPERTIES_PARTICIPANT_PAUSE_SENSITIVITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SENSITIVITY_PROPERTIES_PARTICIPANT_PAUSE_SENSITIVITY_VALUES!r}"
    )
