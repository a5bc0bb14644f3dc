from typing import Literal

ReplicaEventType = Literal[
    "conversation.replica.started_speaking", "conversation.replica.stopped_speaking"
]

REPLICA_EVENT_TYPE_VALUES: set[ReplicaEventType] = {
    "conversation.replica.started_speaking",
    "conversation.replica.stopped_speaking",
}


def check_replica_event_type(value: str) -> ReplicaEventType:
    if value in REPLICA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REPLICA_EVENT_TYPE_VALUES!r}"
    )
