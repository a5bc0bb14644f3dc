from typing import Literal

CreatePersonaBodyPipelineMode = Literal["echo", "full"]

CREATE_PERSONA_BODY_PIPELINE_MODE_VALUES: set[CreatePersonaBodyPipelineMode] = {
    "echo",
    "full",
}


def check_create_persona_body_pipeline_mode(
    value: str,
) -> CreatePersonaBodyPipelineMode:
    if value in CREATE_PERSONA_BODY_PIPELINE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PERSONA_BODY_PIPELINE_MODE_VALUES!r}"
    )
