from typing import Literal

SpeakingPropertiesRole = Literal["replica", "user"]

SPEAKING_PROPERTIES_ROLE_VALUES: set[SpeakingPropertiesRole] = {
    "replica",
    "user",
}


def check_speaking_properties_role(value: str) -> SpeakingPropertiesRole:
    if value in SPEAKING_PROPERTIES_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPEAKING_PROPERTIES_ROLE_VALUES!r}"
    )
