"""In-process faces: httpx transports that hand requests straight to the engine (no socket, no port).

Connection-level faults become the exceptions a real network produces: `httpx.ConnectError`
(refused), `httpx.RemoteProtocolError` (dropped), `httpx.ReadTimeout` (timed out).
"""

from __future__ import annotations

import httpx

from ._engine import Engine, Outcome
from ._messages import ApiRequest


def to_api_request(request: httpx.Request, body: bytes) -> ApiRequest:
    return ApiRequest(
        method=request.method,
        path=request.url.path,
        query={key: request.url.params[key] for key in request.url.params},
        headers={key.lower(): value for key, value in request.headers.items()},
        body=body,
    )


def to_httpx_response(outcome: Outcome, request: httpx.Request) -> httpx.Response:
    if outcome.disconnect == "refuse":
        raise httpx.ConnectError("[Errno 111] Connection refused (injected by FakeTavus)", request=request)
    if outcome.disconnect == "drop":
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response (injected by FakeTavus).", request=request
        )
    if outcome.disconnect == "timeout":
        raise httpx.ReadTimeout("The read operation timed out (injected by FakeTavus).", request=request)
    assert outcome.response is not None
    response = outcome.response
    return httpx.Response(response.status, headers=list(response.headers), content=response.body)


class FakeTransport(httpx.BaseTransport):
    """`httpx.Client(transport=fake.transport)`: requests go to the fake, in this thread.

    `tavus_clock` is the fake's clock: a `tavus.Tavus` built on this transport waits on it."""

    def __init__(self, engine: Engine, clock: object = None) -> None:
        self._engine = engine
        self.tavus_clock = clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        api_request = to_api_request(request, request.read())
        operation_id, plan = self._engine.begin(api_request)
        self._engine.wait(plan.latency)
        return to_httpx_response(self._engine.finish(api_request, operation_id, plan), request)


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """`httpx.AsyncClient(transport=fake.async_transport)`: the same, for asyncio code."""

    def __init__(self, engine: Engine, clock: object = None) -> None:
        self._engine = engine
        self.tavus_clock = clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        api_request = to_api_request(request, await request.aread())
        operation_id, plan = self._engine.begin(api_request)
        await self._engine.wait_async(plan.latency)
        return to_httpx_response(self._engine.finish(api_request, operation_id, plan), request)
