"""`FakeTavus`: the public facade over the engine, with its three faces and the fault/clock controls."""

from __future__ import annotations

import copy
from collections.abc import Callable
from email.utils import formatdate
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from . import _admin as admin
from ._app import FakeAsgiApp
from ._clock import FakeClock
from ._engine import CallbackHook, Engine
from ._faults import ANY_OPERATION, Fault, Malformation
from ._ids import IdFactory
from ._lifecycle import FAIL_MARKER
from ._records import CallbackDelivery, RecordedRequest
from ._server import DEFAULT_HOST, ServedFake
from ._settings import FakeSettings
from ._spec import load_spec
from ._stock import STOCK_PERSONA_ID, STOCK_REPLICA_ID, seed_stock
from ._store import State
from ._transport import AsyncFakeTransport, FakeTransport

if TYPE_CHECKING:
    from datetime import datetime

    from tavus import AsyncTavus, Tavus


class FakeClockView:
    """`fake.clock`: the fake's time as a `tavus.Clock`. Its sleeps advance fake time, running the
    state changes and callbacks that fall due, instead of waiting."""

    def __init__(self, fake: FakeTavus) -> None:
        self._fake = fake

    def monotonic(self) -> float:
        return self._fake.now()

    def time(self) -> float:
        return self._fake.now()

    def sleep(self, seconds: float) -> None:
        self._fake.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        self._fake.advance(seconds)

    def __repr__(self) -> str:
        return f"FakeClockView(now={self._fake.now()!r})"


class FakeTavus:
    """A stateful, in-memory fake of the Tavus HTTP API, checked against the shipped OpenAPI contract.

    All 54 operations of `tavus_api/openapi.json`, with its request schemas enforced (400
    `{"error": "<field>: <rule>"}`), the prose rules the SDK enforces too (`tavus._rules`, one
    source) and its response schemas honoured. Ids look like the spec's examples (`rfe12d8b9597`,
    `pdced222244b`, `8a4f94e736`, `d8-5c71baca86fc`, `pd_abc123def456gh`, `t0108f2d24k2a`); lists
    are numbered as each operation documents (0-based: listVideos, listDocuments,
    listPronunciationDictionaries; else 1-based), 10 items per page by default.

    Time is fake: `advance(seconds)` moves it (default), or pass `time_scale` to run on real time
    that many times faster. Jobs (replica training, video generation, documents, transcriptions,
    lipsyncs, replacements) progress on that clock; a job whose input URL contains `FAIL_MARKER`
    ends in `error`. Callbacks land in `callbacks` (and `on_callback`); a served fake also POSTs
    them to loopback URLs. Faults are scripted per operationId (`fail_next`, `add_latency`,
    `drop_connection`, `malformed_body`, `refuse_connection`, `timeout`; `"*"` matches every
    operation); `requests` records all traffic.
    """

    FAIL_MARKER: ClassVar[str] = FAIL_MARKER
    DEFAULT_API_KEY: ClassVar[str] = "tavus-fake-key"
    STOCK_REPLICA_ID: ClassVar[str] = STOCK_REPLICA_ID
    STOCK_PERSONA_ID: ClassVar[str] = STOCK_PERSONA_ID
    base_url: str = "https://api.tavus-fake.invalid"

    def __init__(
        self,
        api_key: str = DEFAULT_API_KEY,
        *,
        clock: Callable[[], float] | None = None,
        time_scale: float | None = None,
        on_callback: CallbackHook | None = None,
        settings: FakeSettings | None = None,
        seed: int | None = 0,
        stock: bool = True,
    ) -> None:
        """`clock`: a source of epoch seconds to follow instead of the manual clock; `seed`: for
        reproducible ids (None: random); `stock`: start with one stock replica, one stock persona and
        the stock voices."""
        load_spec()
        self.api_key = api_key
        self.settings = settings if settings is not None else FakeSettings()
        state = State(api_key=api_key, clock=FakeClock(clock, time_scale), settings=self.settings, ids=IdFactory(seed))
        if stock:
            seed_stock(state)
        self._engine = Engine(state, on_callback)
        self._clock_view = FakeClockView(self)
        self.transport: httpx.BaseTransport = FakeTransport(self._engine, self._clock_view)
        self.async_transport: httpx.AsyncBaseTransport = AsyncFakeTransport(self._engine, self._clock_view)
        self.asgi_app = FakeAsgiApp(self._engine, admin=lambda *request: admin.handle(self, *request))

    # -- clients ----------------------------------------------------------------------------------

    def client(self, **kwargs: Any) -> Tavus:
        """A `tavus.Tavus` wired to this fake in process, with the fake's key unless given another
        (`fake.client(api_key="wrong")` tests your 401 handling). It waits on the fake clock
        (`fake.clock`): retries and `wait()` advance it instead of sleeping. Pass `clock=` (e.g.
        `tavus.SystemClock()`) to wait in real time, as `make demo` does."""
        import tavus

        kwargs.setdefault("api_key", self.api_key)
        http_client = httpx.Client(transport=self.transport, base_url=self.base_url)
        client = tavus.Tavus(base_url=self.base_url, http_client=http_client, **kwargs)
        client._shared.owns_http = True  # made here for this client: its close() closes it
        return client

    def async_client(self, **kwargs: Any) -> AsyncTavus:
        """A `tavus.AsyncTavus` wired to this fake in process; as `client()`, on the fake clock."""
        import tavus

        kwargs.setdefault("api_key", self.api_key)
        http_client = httpx.AsyncClient(transport=self.async_transport, base_url=self.base_url)
        client = tavus.AsyncTavus(base_url=self.base_url, http_client=http_client, **kwargs)
        client._shared.owns_http = True
        return client

    @property
    def clock(self) -> FakeClockView:
        """The fake clock as a `tavus.Clock`: its sleeps advance fake time (and run what falls due).

        `fake.transport` and `fake.async_transport` carry it, so a client your code builds on them
        (`Tavus(http_client=httpx.Client(transport=fake.transport))`) uses it without being told."""
        return self._clock_view

    def serve(self, host: str = DEFAULT_HOST, port: int = 0, *, allow_remote: bool = False) -> ServedFake:
        """Serve this fake over HTTP on a background thread: `with fake.serve() as served: ...`."""
        return ServedFake(self.asgi_app, host, port, allow_remote=allow_remote)

    # -- time -------------------------------------------------------------------------------------

    def now(self) -> float:
        """Fake time, in epoch seconds."""
        return self._engine.state.now()

    def advance(self, seconds: float) -> None:
        """Move the fake clock forward, applying every state change (and callback) due on the way."""
        self._engine.advance(seconds)

    def tick(self) -> None:
        """Apply state changes due by now; needed only with `time_scale` and no requests coming in."""
        self._engine.tick()

    # -- what happened ----------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received, in order (api key values redacted)."""
        with self._engine.lock:
            return list(self._engine.requests)

    def executed(self, operation_id: str) -> int:
        """How many requests for `operation_id` the API logic actually ran."""
        return sum(1 for r in self.requests if r.operation_id == operation_id and r.executed)

    @property
    def callbacks(self) -> list[tuple[str, dict[str, Any]]]:
        """Every callback emitted, as (callback_url, payload), in order."""
        with self._engine.lock:
            return list(self._engine.callbacks)

    def app_messages(self, conversation_id: str) -> list[dict[str, Any]]:
        """The bodies Send App Message delivered to this conversation, oldest first (copies)."""
        with self._engine.lock:
            return copy.deepcopy(self._engine.state.app_messages.get(conversation_id, []))

    @property
    def deliveries(self) -> list[CallbackDelivery]:
        """HTTP delivery attempts of callbacks (served mode), refusals included."""
        self._engine.join_deliveries()
        with self._engine.lock:
            return list(self._engine.deliveries)

    # -- faults -----------------------------------------------------------------------------------

    def _add(self, operation_id: str, fault: Fault) -> None:
        if operation_id != ANY_OPERATION and operation_id not in load_spec().operations:
            raise ValueError(f"unknown operationId {operation_id!r}")
        with self._engine.lock:
            self._engine.faults.add(operation_id, fault)

    def fail_next(
        self,
        operation_id: str,
        status: int = 503,
        *,
        times: int = 1,
        retry_after: float | str | datetime | None = None,
        body: Any = None,
    ) -> None:
        """Answer the next `times` requests with `status` without running them.

        `retry_after`: seconds (sent as an integer) or an HTTP-date string/datetime for `Retry-After`;
        `body`: JSON-able, str or bytes (default: the spec's error shape with the status phrase).
        """
        if not 100 <= status <= 599:
            raise ValueError("status must be an HTTP status code")
        self._add(operation_id, Fault("fail", times, status=status, retry_after=_retry_after(retry_after), body=body))

    def add_latency(self, operation_id: str, seconds: float, *, times: int | None = None) -> None:
        """Delay requests by `seconds` of fake time; default: every request.

        On the manual clock the delay advances it; on a real-time clock (`time_scale`, `clock`) the
        request really waits `seconds / time_scale`.
        """
        if seconds < 0:
            raise ValueError("seconds must be >= 0")
        self._add(operation_id, Fault("latency", times, seconds=seconds))

    def drop_connection(self, operation_id: str, *, times: int = 1, after_processing: bool = False) -> None:
        """Close the connection without a response; `after_processing=True`: the request WAS executed."""
        self._add(operation_id, Fault("drop", times, after_processing=after_processing))

    def malformed_body(self, operation_id: str, kind: Malformation = "truncated", *, times: int = 1) -> None:
        """Run the request, then spoil the body: cut JSON (`truncated`), an `html` error page, or `empty`."""
        if kind not in ("truncated", "html", "empty"):
            raise ValueError("kind must be 'truncated', 'html' or 'empty'")
        self._add(operation_id, Fault("malformed", times, malformation=kind))

    def refuse_connection(self, operation_id: str, times: int = 1) -> None:
        """Fail to connect (`httpx.ConnectError`) before anything is sent or processed."""
        self._add(operation_id, Fault("refuse", times))

    def timeout(self, operation_id: str, times: int = 1, *, after_processing: bool = True) -> None:
        """Never answer (`httpx.ReadTimeout`); by default the request was executed before the timeout."""
        self._add(operation_id, Fault("timeout", times, after_processing=after_processing))

    def clear_faults(self, operation_id: str | None = None) -> None:
        """Forget pending faults, for one operationId or all."""
        with self._engine.lock:
            self._engine.faults.clear(operation_id)

    # -- lifetime ---------------------------------------------------------------------------------

    def close(self) -> None:
        """Stop background callback delivery, if any."""
        self._engine.close()

    def __enter__(self) -> FakeTavus:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _retry_after(value: float | str | datetime | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(max(0, round(value)))
    return formatdate(value.timestamp(), usegmt=True)
