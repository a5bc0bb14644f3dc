"""What operation handlers receive and return, and the registry that maps operationIds to them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._spec import Operation
from ._store import State


@dataclass(frozen=True)
class Call:
    """A validated request: path parameters, typed query parameters, the JSON body (None if none),
    and the headers (names lower-cased: Patch Deployment reads `if-match`)."""

    operation: Operation
    path: dict[str, str]
    query: dict[str, Any]
    body: Any
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Reply:
    """A handler's answer; `body=None` means no body at all (204, 304, bare 200 "OK")."""

    status: int = 200
    body: Any = None
    headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)


Handler = Callable[[State, Call], Reply]


class Registry(dict[str, Handler]):
    """operationId -> handler, filled with the `@registry.op("operationId")` decorator."""

    def op(self, operation_id: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            if operation_id in self:
                raise ValueError(f"{operation_id} registered twice")
            self[operation_id] = handler
            return handler

        return register
