from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class CreatePersonaBodyLayersConversationalFlow(Model):
    """Controls conversational flow dynamics for the replica. When not explicitly provided, all fields default to None
    (turned off). If any parameter is provided, sensible defaults are applied to all other parameters. See more details
    [here](/sections/conversational-video-interface/persona/conversational-flow).

    """

    turn_detection_model: str | None
    """ The model used for turn detection. Options include `sparrow-1` (recommended) for advanced turn detection
    that is faster, more accurate, and more natural, and `sparrow-0` (legacy) for standard turn detection. Default
    is `sparrow-1` when any conversational flow parameter is provided. """
    turn_taking_patience: (
        CreatePersonaBodyLayersConversationalFlowTurnTakingPatience | None
    )
    """ Controls how eagerly and quickly the replica claims conversational turns. Affects both response latency and
    likelihood of interrupting during natural pauses. `low` = eager and quick to respond, may interrupt pauses;
    `medium` (default) = balanced; `high` = patient, waits for clear turn completion. """
    replica_interruptibility: (
        CreatePersonaBodyLayersConversationalFlowReplicaInterruptibility | None
    )
    """ Controls how sensitive the replica is to user speech while the replica is talking. Determines whether the
    replica stops to listen or keeps speaking. `low` = keeps talking, less interruptible; `medium` (default) =
    balanced; `high` = stops easily, more interruptible. """
    voice_isolation: CreatePersonaBodyLayersConversationalFlowVoiceIsolation | None
    """ Controls the voice isolation model used on participant audio. Voice isolation separates speech from
    background noise in the participant's microphone audio. `near` (default) = separates speech from background
    noise for scenarios where the user is less than 1 meter away from the microphone; `off` = no voice isolation,
    raw audio is sent down the conversational pipeline. Default is `near`. """
    wake_phrase: str | None
    """ A specific phrase the persona listens for before responding. When set, the persona remains silent until it
    hears the wake phrase, similar to a voice assistant. The persona still records all user utterances in the
    transcript so it has full conversation context when it does respond. Choose a phrase that is unique enough to
    avoid over-triggering (avoid generic greetings like `Hey`). Default is `None` (disabled). """
    idle_engagement: CreatePersonaBodyLayersConversationalFlowIdleEngagement | None
    """ Controls whether the replica proactively re-engages the user after a stretch of silence, and how eagerly.
    `off` (default) = the replica never breaks silence; `patient` = re-engages after longer silences, suited to
    tutors or contemplative use cases; `eager` = re-engages after shorter silences, suited to SDR or sales-style use
    cases. """

    _FIELDS = {
        "turn_detection_model": ("turn_detection_model", None),
        "turn_taking_patience": ("turn_taking_patience", None),
        "replica_interruptibility": ("replica_interruptibility", None),
        "voice_isolation": ("voice_isolation", None),
        "wake_phrase": ("wake_phrase", None),
        "idle_engagement": ("idle_engagement", None),
    }

    def __init__(
        self,
        *,
        turn_detection_model: str | None = None,
        turn_taking_patience: CreatePersonaBodyLayersConversationalFlowTurnTakingPatience
        | None = None,
        replica_interruptibility: CreatePersonaBodyLayersConversationalFlowReplicaInterruptibility
        | None = None,
        voice_isolation: CreatePersonaBodyLayersConversationalFlowVoiceIsolation
        | None = None,
        wake_phrase: str | None = None,
        idle_engagement: CreatePersonaBodyLayersConversationalFlowIdleEngagement
        | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "turn_detection_model": turn_detection_model,
            "turn_taking_patience": turn_taking_patience,
            "replica_interruptibility": replica_interruptibility,
            "voice_isolation": voice_isolation,
            "wake_phrase": wake_phrase,
            "idle_engagement": idle_engagement,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreatePersonaBodyLayersConversationalFlowParam = TypedDict(
    "CreatePersonaBodyLayersConversationalFlowParam",
    {
        "turn_detection_model": "str",
        "turn_taking_patience": "CreatePersonaBodyLayersConversationalFlowTurnTakingPatience",
        "replica_interruptibility": "CreatePersonaBodyLayersConversationalFlowReplicaInterruptibility",
        "voice_isolation": "CreatePersonaBodyLayersConversationalFlowVoiceIsolation",
        "wake_phrase": "str",
        "idle_engagement": "CreatePersonaBodyLayersConversationalFlowIdleEngagement",
    },
    total=False,
)


from ..models.create_persona_body_layers_conversational_flow_idle_engagement import (
    CreatePersonaBodyLayersConversationalFlowIdleEngagement,
)
from ..models.create_persona_body_layers_conversational_flow_replica_interruptibility import (
    CreatePersonaBodyLayersConversationalFlowReplicaInterruptibility,
)
from ..models.create_persona_body_layers_conversational_flow_turn_taking_patience import (
    CreatePersonaBodyLayersConversationalFlowTurnTakingPatience,
)
from ..models.create_persona_body_layers_conversational_flow_voice_isolation import (
    CreatePersonaBodyLayersConversationalFlowVoiceIsolation,
)
