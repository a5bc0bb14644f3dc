from typing import Literal

EchoPropertiesModality = Literal["audio", "text"]

ECHO_PROPERTIES_MODALITY_VALUES: set[EchoPropertiesModality] = {
    "audio",
    "text",
}


def check_echo_properties_modality(value: str) -> EchoPropertiesModality:
    if value in ECHO_PROPERTIES_MODALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ECHO_PROPERTIES_MODALITY_VALUES!r}"
    )
