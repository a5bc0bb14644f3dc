from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
