from typing import Literal

SensitivityMessagePropertiesParticipantInterruptSensitivity = Literal[
    "auto", "high", "low", "medium", "superlow", "verylow"
]

SENSITIVITY_MESSAGE_PROPERTIES_PARTICIPANT_INTERRUPT_SENSITIVITY_VALUES: set[
    SensitivityMessagePropertiesParticipantInterruptSensitivity
] = {
    "auto",
    "high",
    "low",
    "medium",
    "superlow",
    "verylow",
}


def check_sensitivity_message_properties_participant_interrupt_sensitivity(
    value: str,
) -> SensitivityMessagePropertiesParticipantInterruptSensitivity:
    if value in SENSITIVITY_MESSAGE_PROPERTIES_PARTICIPANT_INTERRUPT_SENSITIVITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SENSITIVITY_MESSAGE_PROPERTIES_PARTICIPANT_INTERRUPT_SENSITIVITY_VALUES!r}"
    )
