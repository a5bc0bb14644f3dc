"""A minimal HTTP server for the concurrency benchmark: GET /v2/replicas/{id} -> a fixed JSON body.

A bare ASGI callable on uvicorn, so the server spends as little as possible per request. Used when
the stateful fake (`python -m tavus.testing serve`) is not available. Loopback only.
"""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable
from typing import Any

import uvicorn

from benchmarks._fixtures import REPLICA_BYTES

Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
_HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(REPLICA_BYTES)).encode())]
_NOT_FOUND = b'{"message":"not found"}'


async def app(scope: dict[str, Any], receive: Receive, send: Send) -> None:
    if scope["type"] != "http":  # uvicorn runs with lifespan="off"
        return
    if scope["method"] == "GET" and scope["path"].startswith("/v2/replicas/"):
        await send({"type": "http.response.start", "status": 200, "headers": _HEADERS})
        await send({"type": "http.response.body", "body": REPLICA_BYTES})
        return
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(_NOT_FOUND)).encode())]
    await send({"type": "http.response.start", "status": 404, "headers": headers})
    await send({"type": "http.response.body", "body": _NOT_FOUND})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False, lifespan="off")


if __name__ == "__main__":
    main()
