from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class SensitivityMessageProperties(Model):
    """Send exactly one of the two keys per message (not both). Enum values are listed on each field. UX mapping overlaps
    [Conversational Flow](/sections/conversational-video-interface/persona/conversational-flow) (`turn_taking_patience`,
    `replica_interruptibility`).

    """

    participant_pause_sensitivity: (
        SensitivityMessagePropertiesParticipantPauseSensitivity | None
    )
    """ How long a pause before the replica responds. """
    participant_interrupt_sensitivity: (
        SensitivityMessagePropertiesParticipantInterruptSensitivity | None
    )
    """ How readily the user’s speech interrupts the replica. """

    _FIELDS = {
        "participant_pause_sensitivity": ("participant_pause_sensitivity", None),
        "participant_interrupt_sensitivity": (
            "participant_interrupt_sensitivity",
            None,
        ),
    }

    def __init__(
        self,
        *,
        participant_pause_sensitivity: SensitivityMessagePropertiesParticipantPauseSensitivity
        | None = None,
        participant_interrupt_sensitivity: SensitivityMessagePropertiesParticipantInterruptSensitivity
        | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "participant_pause_sensitivity": participant_pause_sensitivity,
            "participant_interrupt_sensitivity": participant_interrupt_sensitivity,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
SensitivityMessagePropertiesParam = TypedDict(
    "SensitivityMessagePropertiesParam",
    {
        "participant_pause_sensitivity": "SensitivityMessagePropertiesParticipantPauseSensitivity",
        "participant_interrupt_sensitivity": "SensitivityMessagePropertiesParticipantInterruptSensitivity",
    },
    total=False,
)


from ..models.sensitivity_message_properties_participant_interrupt_sensitivity import (
    SensitivityMessagePropertiesParticipantInterruptSensitivity,
)
from ..models.sensitivity_message_properties_participant_pause_sensitivity import (
    SensitivityMessagePropertiesParticipantPauseSensitivity,
)
