"""The served fake's control endpoints, under `/_fake/` (off the Tavus paths), for tests in other
processes and languages: script faults, move the clock, read what happened.

| request | does |
|---|---|
| `POST /_fake/faults/{kind}` + JSON arguments | the `FakeTavus` method `kind` (one of `FAULT_KINDS`) |
| `DELETE /_fake/faults` (`?operation_id=...`) | `clear_faults` |
| `POST /_fake/advance` + `{"seconds": 600}` | `advance` |
| `GET /_fake/requests` | the recorded requests (`operation_id`, `method`, `path`, `status`, `executed`) |
| `GET /_fake/callbacks` | the callbacks emitted, and their HTTP deliveries |

For example `POST /_fake/faults/fail_next` with `{"operation_id": "getReplica", "status": 503, "times": 2}`.
They answer only clients on a loopback address (403 otherwise), whatever `--allow-remote` says:
they change the fake's behaviour for everyone.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from ._delivery import is_loopback_host

if TYPE_CHECKING:
    from ._fake import FakeTavus

PREFIX = "/_fake/"
FAULT_KINDS = ("fail_next", "add_latency", "drop_connection", "refuse_connection", "timeout", "malformed_body")
Reply = tuple[int, Any]


def _faults(fake: FakeTavus, method: str, kind: str, body: Any, query: dict[str, str]) -> Reply:
    if method == "DELETE" and kind == "":
        fake.clear_faults(query.get("operation_id"))
        return 200, {"cleared": query.get("operation_id", "all")}
    if method != "POST" or kind not in FAULT_KINDS:
        return 404, {"error": f"POST /_fake/faults/{{kind}} takes one of {list(FAULT_KINDS)}"}
    if not isinstance(body, dict):
        return 400, {"error": "the body must be a JSON object of the method's arguments"}
    script: Callable[..., None] = getattr(fake, kind)
    try:
        script(**body)
    except (TypeError, ValueError) as exc:
        return 400, {"error": f"{kind}: {exc}"}
    return 200, {"scripted": kind, **body}


def handle(fake: FakeTavus, method: str, path: str, query: dict[str, str], raw: bytes) -> Reply:
    """The reply (status, JSON body) of one control request."""
    try:
        body = json.loads(raw) if raw else {}
    except ValueError:
        return 400, {"error": "the body must be JSON"}
    route = path[len(PREFIX) :]
    if route == "faults" or route.startswith("faults/"):
        return _faults(fake, method, route.partition("/")[2], body, query)
    if route == "advance" and method == "POST":
        seconds = body.get("seconds") if isinstance(body, dict) else None
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
            return 400, {"error": "seconds: must be a number >= 0"}
        fake.advance(seconds)
        return 200, {"now": fake.now()}
    if route == "requests" and method == "GET":
        keys = ("operation_id", "method", "path", "status", "executed")
        return 200, {"data": [{k: getattr(r, k, None) for k in keys} for r in fake.requests]}
    if route == "callbacks" and method == "GET":
        deliveries = [asdict(d) for d in fake.deliveries]
        return 200, {"data": [{"url": u, "payload": p} for u, p in fake.callbacks], "deliveries": deliveries}
    return 404, {"error": f"no control endpoint {method} {path}"}


def allowed(client: tuple[str, int] | None) -> bool:
    """Control requests come from this machine only."""
    return client is not None and is_loopback_host(client[0])
