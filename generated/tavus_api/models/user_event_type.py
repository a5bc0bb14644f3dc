from typing import Literal

UserEventType = Literal[
    "conversation.user.started_speaking", "conversation.user.stopped_speaking"
]

USER_EVENT_TYPE_VALUES: set[UserEventType] = {
    "conversation.user.started_speaking",
    "conversation.user.stopped_speaking",
}


def check_user_event_type(value: str) -> UserEventType:
    if value in USER_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_EVENT_TYPE_VALUES!r}"
    )
