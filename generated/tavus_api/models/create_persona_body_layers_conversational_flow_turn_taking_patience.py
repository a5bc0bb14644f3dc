from typing import Literal

CreatePersonaBodyLayersConversationalFlowTurnTakingPatience = Literal[
    "high", "low", "medium"
]

CREATE_PERSONA_BODY_LAYERS_CONVERSATIONAL_FLOW_TURN_TAKING_PATIENCE_VALUES: set[
    CreatePersonaBodyLayersConversationalFlowTurnTakingPatience
] = {
    "high",
    "low",
    "medium",
}


def check_create_persona_body_layers_conversational_flow_turn_taking_patience(
    value: str,
) -> CreatePersonaBodyLayersConversationalFlowTurnTakingPatience:
    if (
        value
        in CREATE_PERSONA_BODY_LAYERS_CONVERSATIONAL_FLOW_TURN_TAKING_PATIENCE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PERSONA_BODY_LAYERS_CONVERSATIONAL_FLOW_TURN_TAKING_PATIENCE_VALUES!r}"
    )
