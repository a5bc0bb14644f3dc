from typing import Literal

SpeakingEventEventType = Literal[
    "conversation.started_speaking", "conversation.stopped_speaking"
]

SPEAKING_EVENT_EVENT_TYPE_VALUES: set[SpeakingEventEventType] = {
    "conversation.started_speaking",
    "conversation.stopped_speaking",
}


def check_speaking_event_event_type(value: str) -> SpeakingEventEventType:
    if value in SPEAKING_EVENT_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPEAKING_EVENT_EVENT_TYPE_VALUES!r}"
    )
