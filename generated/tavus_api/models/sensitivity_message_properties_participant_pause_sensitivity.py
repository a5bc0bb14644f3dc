from typing import Literal

SensitivityMessagePropertiesParticipantPauseSensitivity = Literal[
    "auto", "high", "low", "medium", "superlow", "verylow"
]

SENSITIVITY_MESSAGE_PROPERTIES_PARTICIPANT_PAUSE_SENSITIVITY_VALUES: set[
    SensitivityMessagePropertiesParticipantPauseSensitivity
] = {
    "auto",
    "high",
    "low",
    "medium",
    "superlow",
    "verylow",
}


def check_sensitivity_message_properties_participant_pause_sensitivity(
    value: str,
) -> SensitivityMessagePropertiesParticipantPauseSensitivity:
    if value in SENSITIVITY_MESSAGE_PROPERTIES_PARTICIPANT_PAUSE_SENSITIVITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SENSITIVITY_MESSAGE_PROPERTIES_PARTICIPANT_PAUSE_SENSITIVITY_VALUES!r}"
    )
