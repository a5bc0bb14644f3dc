from typing import Literal

SpeakingEventPropertiesRole = Literal["replica", "user"]

SPEAKING_EVENT_PROPERTIES_ROLE_VALUES: set[SpeakingEventPropertiesRole] = {
    "replica",
    "user",
}


def check_speaking_event_properties_role(value: str) -> SpeakingEventPropertiesRole:
    if value in SPEAKING_EVENT_PROPERTIES_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPEAKING_EVENT_PROPERTIES_ROLE_VALUES!r}"
    )
