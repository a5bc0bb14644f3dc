from typing import Literal

ListReplicasReplicaType = Literal["system", "user"]

LIST_REPLICAS_REPLICA_TYPE_VALUES: set[ListReplicasReplicaType] = {
    "system",
    "user",
}


def check_list_replicas_replica_type(value: str) -> ListReplicasReplicaType:
    if value in LIST_REPLICAS_REPLICA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_REPLICAS_REPLICA_TYPE_VALUES!r}"
    )
