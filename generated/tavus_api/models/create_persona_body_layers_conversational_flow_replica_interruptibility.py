from typing import Literal

CreatePersonaBodyLayersConversationalFlowReplicaInterruptibility = Literal[
    "high", "low", "medium"
]

CREATE_PERSONA_BODY_LAYERS_CONVERSATIONAL_FLOW_REPLICA_INTERRUPTIBILITY_VALUES: set[
    CreatePersonaBodyLayersConversationalFlowReplicaInterruptibility
] = {
    "high",
    "low",
    "medium",
}


def check_create_persona_body_layers_conversational_flow_replica_interruptibility(
    value: str,
) -> CreatePersonaBodyLayersConversationalFlowReplicaInterruptibility:
    if (
        value
        in CREATE_PERSONA_BODY_LAYERS_CONVERSATIONAL_FLOW_REPLICA_INTERRUPTIBILITY_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PERSONA_BODY_LAYERS_CONVERSATIONAL_FLOW_REPLICA_INTERRUPTIBILITY_VALUES!r}"
    )
