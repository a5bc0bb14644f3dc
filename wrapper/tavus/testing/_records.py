"""What the fake remembers for tests to assert on: requests received and callback deliveries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._messages import ApiRequest

REDACTED = "<redacted>"
SECRET_HEADERS = frozenset({"x-api-key", "authorization"})


@dataclass(frozen=True)
class RecordedRequest:
    """One request that reached the fake (refused connections included, flagged by `fault`).

    `executed` is True when the API logic ran (the key was valid and no fault short-circuited it);
    `status` is None when no HTTP response was sent (refused, dropped, timed out).
    """

    method: str
    path: str
    operation_id: str | None
    query: Mapping[str, str]
    json: Any
    headers: Mapping[str, str]
    executed: bool
    status: int | None
    fault: str | None
    at: float


def record(
    request: ApiRequest, operation_id: str | None, *, executed: bool, status: int | None, fault: str | None, at: float
) -> RecordedRequest:
    headers = {k: (REDACTED if k in SECRET_HEADERS else v) for k, v in request.headers.items()}
    return RecordedRequest(
        method=request.method,
        path=request.path,
        operation_id=operation_id,
        query=dict(request.query),
        json=request.json(),
        headers=headers,
        executed=executed,
        status=status,
        fault=fault,
        at=at,
    )


@dataclass(frozen=True)
class CallbackDelivery:
    """An attempt to POST a callback over HTTP (served mode only).

    `delivered` is True when the receiver answered (any status); `error` says why not otherwise,
    e.g. `"refused: example.com is not a loopback address"`.
    """

    url: str
    payload: Mapping[str, Any]
    delivered: bool
    status_code: int | None = None
    error: str | None = None
