from typing import Literal

SensitivityPropertiesParticipantInterruptSensitivity = Literal[
    "auto", "high", "low", "medium", "superlow", "verylow"
]

SENSITIVITY_PROPERTIES_PARTICIPANT_INTERRUPT_SENSITIVITY_VALUES: set[
    SensitivityPropertiesParticipantInterruptSensitivity
] = {
    "auto",
    "high",
    "low",
    "medium",
    "superlow",
    "verylow",
}


def check_sensitivity_properties_participant_interrupt_sensitivity(
    value: str,
) -> SensitivityPropertiesParticipantInterruptSensitivity:
    if value in SENSITIVITY_PROPERTIES_PARTICIPANT_INTERRUPT_SENSITIVITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SENSITIVITY_PROPERTIES_PARTICIPANT_INTERRUPT_SENSITIVITY_VALUES!r}"
    )
