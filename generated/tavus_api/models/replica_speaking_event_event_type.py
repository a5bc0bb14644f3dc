from typing import Literal

ReplicaSpeakingEventEventType = Literal[
    "conversation.replica.started_speaking", "conversation.replica.stopped_speaking"
]

REPLICA_SPEAKING_EVENT_EVENT_TYPE_VALUES: set[ReplicaSpeakingEventEventType] = {
    "conversation.replica.started_speaking",
    "conversation.replica.stopped_speaking",
}


def check_replica_speaking_event_event_type(
    value: str,
) -> ReplicaSpeakingEventEventType:
    if value in REPLICA_SPEAKING_EVENT_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REPLICA_SPEAKING_EVENT_EVENT_TYPE_VALUES!r}"
    )
