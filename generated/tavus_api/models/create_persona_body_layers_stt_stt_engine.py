from typing import Literal

CreatePersonaBodyLayersSttSttEngine = Literal[
    "tavus-advanced",
    "tavus-auto",
    "tavus-deepgram-medical",
    "tavus-parakeet",
    "tavus-soniox",
    "tavus-whisper",
]

CREATE_PERSONA_BODY_LAYERS_STT_STT_ENGINE_VALUES: set[
    CreatePersonaBodyLayersSttSttEngine
] = {
    "tavus-advanced",
    "tavus-auto",
    "tavus-deepgram-medical",
    "tavus-parakeet",
    "tavus-soniox",
    "tavus-whisper",
}


def check_create_persona_body_layers_stt_stt_engine(
    value: str,
) -> CreatePersonaBodyLayersSttSttEngine:
    if value in CREATE_PERSONA_BODY_LAYERS_STT_STT_ENGINE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PERSONA_BODY_LAYERS_STT_STT_ENGINE_VALUES!r}"
    )
