from typing import Literal

EchoMessagePropertiesModality = Literal["audio", "text"]

ECHO_MESSAGE_PROPERTIES_MODALITY_VALUES: set[EchoMessagePropertiesModality] = {
    "audio",
    "text",
}


def check_echo_message_properties_modality(value: str) -> EchoMessagePropertiesModality:
    if value in ECHO_MESSAGE_PROPERTIES_MODALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ECHO_MESSAGE_PROPERTIES_MODALITY_VALUES!r}"
    )
