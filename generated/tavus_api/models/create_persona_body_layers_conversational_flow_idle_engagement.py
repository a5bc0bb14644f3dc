from typing import Literal

CreatePersonaBodyLayersConversationalFlowIdleEngagement = Literal[
    "eager", "off", "patient"
]

CREATE_PERSONA_BODY_LAYERS_CONVERSATIONAL_FLOW_IDLE_ENGAGEMENT_VALUES: set[
    CreatePersonaBodyLayersConversationalFlowIdleEngagement
] = {
    "eager",
    "off",
    "patient",
}


def check_create_persona_body_layers_conversational_flow_idle_engagement(
    value: str,
) -> CreatePersonaBodyLayersConversationalFlowIdleEngagement:
    if value in CREATE_PERSONA_BODY_LAYERS_CONVERSATIONAL_FLOW_IDLE_ENGAGEMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PERSONA_BODY_LAYERS_CONVERSATIONAL_FLOW_IDLE_ENGAGEMENT_VALUES!r}"
    )
