"""The ASGI face: a plain ASGI 3 callable over the engine, served by uvicorn (`python -m tavus.testing`).

Lifespan startup marks the fake as served: callbacks are then also POSTed over HTTP (loopback
only) and a ticker applies due state changes about every 50 ms of real time, so callbacks fire
even when nobody polls. Without lifespan (e.g. `httpx.ASGITransport`) it only answers requests.

Connection faults, as far as ASGI allows: a dropped or refused connection starts a response and
closes the connection before any body (the client sees `RemoteProtocolError`; ASGI cannot refuse
a TCP connection that is already accepted); a timeout holds the request open until the client
gives up and disconnects.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl

from ._admin import PREFIX, allowed
from ._engine import Engine
from ._messages import ApiRequest

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
TICK_SECONDS = 0.05
MAX_HOLD_SECONDS = 600.0


def _request(scope: Scope, body: bytes) -> ApiRequest:
    query: dict[str, str] = {}
    for key, value in parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True):
        query.setdefault(key, value)
    headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope.get("headers", [])}
    return ApiRequest(method=scope["method"], path=scope["path"], query=query, headers=headers, body=body)


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


Admin = Callable[[str, str, dict[str, str], bytes], tuple[int, Any]]


class FakeAsgiApp:
    """ASGI application serving the fake API, and its control endpoints under `/_fake/` (`_admin`)."""

    def __init__(self, engine: Engine, admin: Admin | None = None) -> None:
        self._engine = engine
        self._admin = admin
        self._ticker: asyncio.Task[None] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            await self._http(scope, receive, send)
        elif scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1000})

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = _request(scope, await _read_body(receive))
        if self._admin is not None and request.path.startswith(PREFIX):
            if allowed(scope.get("client")):
                status, reply = self._admin(request.method, request.path, dict(request.query), request.body)
            else:
                status, reply = 403, {"error": "the /_fake/ control endpoints answer loopback clients only"}
            await self._send_json(send, status, reply)
            return
        operation_id, plan = self._engine.begin(request)
        await self._engine.wait_async(plan.latency)
        outcome = self._engine.finish(request, operation_id, plan)
        if outcome.disconnect == "timeout":
            await self._hold_until_disconnect(receive)
            return
        if outcome.disconnect is not None:
            # Headers promising a body that never comes: the server closes the connection mid-response.
            headers = [(b"content-type", b"application/json"), (b"content-length", b"64")]
            await send({"type": "http.response.start", "status": 502, "headers": headers})
            return
        assert outcome.response is not None
        response = outcome.response
        headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers]
        body = b"" if response.status in (204, 304) else response.body  # HTTP forbids a body on these
        if response.status not in (204, 304):
            headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    async def _send_json(send: Send, status: int, reply: Any) -> None:
        body = json.dumps(reply, default=str).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _hold_until_disconnect(self, receive: Receive) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(MAX_HOLD_SECONDS):
                while (await receive())["type"] != "http.disconnect":
                    pass

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._engine.start_serving()
                self._ticker = asyncio.create_task(self._tick_forever())
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._ticker is not None:
                    self._ticker.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await self._ticker
                self._engine.stop_serving()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _tick_forever(self) -> None:
        while True:
            self._engine.tick()
            await asyncio.sleep(TICK_SECONDS)
