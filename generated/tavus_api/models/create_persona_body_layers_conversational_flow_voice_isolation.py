from typing import Literal

CreatePersonaBodyLayersConversationalFlowVoiceIsolation = Literal["near", "off"]

CREATE_PERSONA_BODY_LAYERS_CONVERSATIONAL_FLOW_VOICE_ISOLATION_VALUES: set[
    CreatePersonaBodyLayersConversationalFlowVoiceIsolation
] = {
    "near",
    "off",
}


def check_create_persona_body_layers_conversational_flow_voice_isolation(
    value: str,
) -> CreatePersonaBodyLayersConversationalFlowVoiceIsolation:
    if value in CREATE_PERSONA_BODY_LAYERS_CONVERSATIONAL_FLOW_VOICE_ISOLATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PERSONA_BODY_LAYERS_CONVERSATIONAL_FLOW_VOICE_ISOLATION_VALUES!r}"
    )
