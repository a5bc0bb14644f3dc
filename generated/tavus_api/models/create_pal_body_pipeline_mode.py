from typing import Literal

CreatePalBodyPipelineMode = Literal["echo", "full"]

CREATE_PAL_BODY_PIPELINE_MODE_VALUES: set[CreatePalBodyPipelineMode] = {
    "echo",
    "full",
}


def check_create_pal_body_pipeline_mode(value: str) -> CreatePalBodyPipelineMode:
    if value in CREATE_PAL_BODY_PIPELINE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PAL_BODY_PIPELINE_MODE_VALUES!r}"
    )
