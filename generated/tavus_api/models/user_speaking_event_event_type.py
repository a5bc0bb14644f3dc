from typing import Literal

UserSpeakingEventEventType = Literal[
    "conversation.user.started_speaking", "conversation.user.stopped_speaking"
]

USER_SPEAKING_EVENT_EVENT_TYPE_VALUES: set[UserSpeakingEventEventType] = {
    "conversation.user.started_speaking",
    "conversation.user.stopped_speaking",
}


def check_user_speaking_event_event_type(value: str) -> UserSpeakingEventEventType:
    if value in USER_SPEAKING_EVENT_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_SPEAKING_EVENT_EVENT_TYPE_VALUES!r}"
    )
