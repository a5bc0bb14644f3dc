from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class RenameReplicaBody(Model):
    replica_name: str

    _FIELDS = {
        "replica_name": ("replica_name", None),
    }
    _REQUIRED = ("replica_name",)

    def __init__(
        self,
        *,
        replica_name: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "replica_name": replica_name,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
RenameReplicaBodyParam = TypedDict(
    "RenameReplicaBodyParam",
    {
        "replica_name": Required["str"],
    },
    total=False,
)
