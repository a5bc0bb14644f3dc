"""The stateful server behind every face: faults, the core, request records and callback dispatch.

Each face (httpx transports, ASGI app) runs a request in two steps: `begin()` routes it and takes
the faults scripted for its operation, the face then waits out the latency its own way, and
`finish()` applies the fault (or not), runs the core and records the request. Callbacks emitted
meanwhile are dispatched after the state lock is released.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Literal

from ._core import handle, route
from ._delivery import HttpDelivery
from ._faults import Fault, FaultBook, Plan
from ._messages import ApiRequest, ApiResponse
from ._records import CallbackDelivery, RecordedRequest, record
from ._spec import load_spec
from ._store import JSON, State

Disconnect = Literal["refuse", "drop", "timeout"]
CallbackHook = Callable[[str, dict[str, Any]], object]
# One line per callback delivery of a served fake (`python -m tavus.testing serve` shows them).
logger = logging.getLogger("tavus.testing")
HTML_ERROR_PAGE = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"


@dataclass(frozen=True)
class Outcome:
    """What the face must do: send `response`, or drop the connection the `disconnect` way."""

    response: ApiResponse | None = None
    disconnect: Disconnect | None = None


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Injected failure"


def fault_response(operation_id: str | None, fault: Fault) -> ApiResponse:
    """The injected error response of `fail_next`."""
    headers: tuple[tuple[str, str], ...] = ()
    if fault.retry_after is not None:
        headers = (("retry-after", fault.retry_after),)
    if isinstance(fault.body, bytes):
        return ApiResponse(fault.status, (("content-type", "application/octet-stream"), *headers), fault.body)
    if isinstance(fault.body, str):
        return ApiResponse(fault.status, (("content-type", "text/plain; charset=utf-8"), *headers), fault.body.encode())
    body = fault.body
    if body is None:
        operation = load_spec().operations.get(operation_id or "")
        key = operation.error_key(fault.status) if operation is not None else "message"
        body = {key: _phrase(fault.status)}
    return ApiResponse.of_json(fault.status, body, headers)


def malform(response: ApiResponse, fault: Fault) -> ApiResponse:
    """`response` with its body spoiled the way `malformed_body` asked; the status is kept."""
    headers = tuple((k, v) for k, v in response.headers if k != "content-type")
    if fault.malformation == "html":
        return ApiResponse(response.status, (("content-type", "text/html; charset=utf-8"), *headers), HTML_ERROR_PAGE)
    json_type = (("content-type", "application/json"), *headers)
    if fault.malformation == "empty":
        return ApiResponse(response.status, json_type, b"")
    return ApiResponse(response.status, json_type, response.body[: len(response.body) // 2] or b'{"')


class Engine:
    """Thread-safe owner of the state; FakeTavus and its faces all go through it."""

    def __init__(self, state: State, on_callback: CallbackHook | None) -> None:
        self.state = state
        self.faults = FaultBook()
        self.requests: list[RecordedRequest] = []
        self.callbacks: list[tuple[str, JSON]] = []
        self.deliveries: list[CallbackDelivery] = []
        self.on_callback = on_callback
        self.lock = threading.RLock()
        self._http: HttpDelivery | None = None
        self._serving = 0

    # -- the two steps of a request -------------------------------------------------------------

    def begin(self, request: ApiRequest) -> tuple[str | None, Plan]:
        operation, _ = route(request)
        operation_id = operation.operation_id if operation is not None else None
        with self.lock:
            return operation_id, self.faults.take(operation_id)

    def finish(self, request: ApiRequest, operation_id: str | None, plan: Plan) -> Outcome:
        with self.lock:
            outcome = self._finish(request, operation_id, plan.fault)
        self.flush()
        return outcome

    def _finish(self, request: ApiRequest, operation_id: str | None, fault: Fault | None) -> Outcome:
        at = self.state.now()

        def remember(executed: bool, status: int | None) -> None:
            name = fault.name if fault is not None else None
            self.requests.append(record(request, operation_id, executed=executed, status=status, fault=name, at=at))

        if fault is None or fault.kind == "latency":
            handled = handle(self.state, request)
            remember(handled.executed, handled.response.status)
            return Outcome(handled.response)
        if fault.kind == "refuse":
            remember(False, None)
            return Outcome(disconnect="refuse")
        if fault.kind == "fail":
            response = fault_response(operation_id, fault)
            remember(False, response.status)
            return Outcome(response)
        if fault.kind == "malformed":
            handled = handle(self.state, request)
            response = malform(handled.response, fault)
            remember(handled.executed, response.status)
            return Outcome(response)
        executed = handle(self.state, request).executed if fault.after_processing else False
        remember(executed, None)
        return Outcome(disconnect="drop" if fault.kind == "drop" else "timeout")

    # -- time -----------------------------------------------------------------------------------

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.state.clock.advance(seconds)
            self.state.sync()
        self.flush()

    def tick(self) -> None:
        """Apply the state changes due by now (a scaled clock moves without anyone calling advance)."""
        with self.lock:
            self.state.sync()
        self.flush()

    def wait(self, seconds: float) -> None:
        """Injected latency, synchronously: moves a manual clock, sleeps (scaled) on a real one."""
        if seconds <= 0:
            return
        if self.state.clock.manual:
            self.advance(seconds)
        else:
            time.sleep(seconds / self.state.clock.scale)

    async def wait_async(self, seconds: float) -> None:
        if seconds <= 0:
            return
        if self.state.clock.manual:
            self.advance(seconds)
        else:
            await asyncio.sleep(seconds / self.state.clock.scale)

    # -- callbacks ------------------------------------------------------------------------------

    def flush(self) -> None:
        """Dispatch the callbacks emitted so far: record them, call the hook, POST them if served."""
        with self.lock:
            pending = list(self.state.outbox)
            self.state.outbox.clear()
            self.callbacks.extend(pending)
            http = self._http
        for url, payload in pending:
            if self.on_callback is not None:
                self.on_callback(url, payload)
            if http is not None:
                http.submit(url, payload)

    def _report(self, delivery: CallbackDelivery) -> None:
        with self.lock:
            self.deliveries.append(delivery)
        if delivery.delivered:
            logger.info("callback POST %s -> %s", delivery.url, delivery.status_code)
        else:
            logger.warning("callback POST %s not delivered: %s", delivery.url, delivery.error)

    def start_serving(self) -> None:
        """From now on callbacks are also POSTed over HTTP (to loopback receivers)."""
        with self.lock:
            self._serving += 1
            if self._http is None:
                self._http = HttpDelivery(self._report)

    def stop_serving(self) -> None:
        with self.lock:
            self._serving = max(0, self._serving - 1)
            http = self._http if self._serving == 0 else None
            if http is not None:
                self._http = None
        if http is not None:
            http.close()

    def join_deliveries(self) -> None:
        with self.lock:
            http = self._http
        if http is not None:
            http.join()

    def close(self) -> None:
        with self.lock:
            http, self._http, self._serving = self._http, None, 0
        if http is not None:
            http.close()
