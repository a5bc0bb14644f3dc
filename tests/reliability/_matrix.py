"""The fault matrix (issue 7): every scripted fault of the fake x six calls, run in process.

`EXPECTED` is written out by hand from the retry rules (README / `tavus._retry`), not computed
from the implementation: idempotent calls recover within max_retries=2; a create or a JSON-Patch
update is sent once unless the server certainly did not act on it (refused connection, 429).
`python -m tests.reliability._matrix` (`make fault-matrix`) runs it and prints the table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import tavus
from tavus.testing import FakeTavus

API_KEY = "sk-SECRET-123"
VIDEO_URL = "https://example.com/train.mp4"


@dataclass(frozen=True)
class Call:
    name: str
    op: str
    setup: Callable[[tavus.Tavus], str]  # makes what the call needs; returns the id it acts on
    run: Callable[[tavus.Tavus, str], Any]


def _stock_replica(_: tavus.Tavus) -> str:
    return FakeTavus.STOCK_REPLICA_ID


def _new_replica(client: tavus.Tavus) -> str:
    return client.replicas.create(train_video_url=VIDEO_URL).replica_id or ""


def _new_persona(client: tavus.Tavus) -> str:
    return client.personas.create(persona_name="P", system_prompt="S").persona_id or ""


CALLS: dict[str, Call] = {
    c.name: c
    for c in (
        Call("get replica", "getReplica", _stock_replica, lambda c, i: c.replicas.get(i)),
        Call("list replicas", "listReplicas", _stock_replica, lambda c, i: c.replicas.list()),
        Call("delete replica", "deleteReplica", _new_replica, lambda c, i: c.replicas.delete(i)),
        Call("create replica", "createReplica", _stock_replica,
             lambda c, i: c.replicas.create(train_video_url=VIDEO_URL)),
        Call("create conversation", "createConversation", _stock_replica,
             lambda c, i: c.conversations.create(replica_id=i, test_mode=True)),
        Call("patch persona", "patchPersona", _new_persona,
             lambda c, i: c.personas.update(i, [{"op": "replace", "path": "/system_prompt", "value": "new"}])),
    )
}  # fmt: skip

HTTP_DATE = dt.datetime(2025, 1, 1, 0, 0, 5, tzinfo=dt.UTC)  # the fake clock starts at 2025-01-01T00:00:00Z

FAULTS: dict[str, Callable[[FakeTavus, str], None]] = {
    "503 x1": lambda f, op: f.fail_next(op, 503),
    "503 x3": lambda f, op: f.fail_next(op, 503, times=3),
    "500": lambda f, op: f.fail_next(op, 500),
    "502": lambda f, op: f.fail_next(op, 502),
    "504": lambda f, op: f.fail_next(op, 504),
    "429 Retry-After: 3": lambda f, op: f.fail_next(op, 429, retry_after=3),
    "429 Retry-After: date": lambda f, op: f.fail_next(op, 429, retry_after=HTTP_DATE),
    "refused": lambda f, op: f.refuse_connection(op),
    "dropped before processing": lambda f, op: f.drop_connection(op),
    "dropped after processing": lambda f, op: f.drop_connection(op, after_processing=True),
    "read timeout (processed)": lambda f, op: f.timeout(op),
    "truncated JSON": lambda f, op: f.malformed_body(op, "truncated"),
    "HTML page": lambda f, op: f.malformed_body(op, "html"),
}


@dataclass(frozen=True)
class Outcome:
    """What the user gets: a result type name or an error class name (with may_have_been_processed)."""

    result: str
    executed: int  # how many times the fake really ran the request
    sent: int  # how many requests for the operation reached the fake
    processed: bool | None = None  # the error's may_have_been_processed (None: no such attribute)

    def cell(self) -> str:
        flag = "" if self.processed is None else (" mhp" if self.processed else " not-mhp")
        return f"{self.result}{flag} | exec {self.executed}/{self.sent}"


MODEL = "model"  # a generated model or a Page
NONE = "None"
ISE = "InternalServerError"
CONN = "APIConnectionError"
TIMEOUT = "APITimeoutError"
RVE = "ResponseValidationError"
INVALID_ID = "InvalidIdError"  # the fake answers 400 "Invalid replica_id" for a deleted replica: a NotFoundError

G, L, D, CR, CC, P = CALLS  # column keys, in order


def _idem(recovered: str = MODEL) -> dict[str, Outcome]:
    """An idempotent call that recovers on its second attempt (executed once)."""
    return {G: Outcome(MODEL, 1, 2), L: Outcome(MODEL, 1, 2), D: Outcome(recovered, 1, 2)}


def _unsafe(result: str, executed: int, processed: bool | None) -> dict[str, Outcome]:
    """A create/patch that is sent once and not retried."""
    return {k: Outcome(result, executed, 1, processed) for k in (CR, CC, P)}


def _all_retried() -> dict[str, Outcome]:
    """The server certainly did not act: every call, create or not, is resent once and succeeds."""
    return {G: Outcome(MODEL, 1, 2), L: Outcome(MODEL, 1, 2), D: Outcome(NONE, 1, 2),
            CR: Outcome(MODEL, 1, 2), CC: Outcome(MODEL, 1, 2), P: Outcome(NONE, 1, 2)}  # fmt: skip


_5XX = {**_idem(NONE), **_unsafe(ISE, 0, True)}

# fmt: off
EXPECTED: dict[str, dict[str, Outcome]] = {
    "503 x1": _5XX,
    "503 x3": {**{k: Outcome(ISE, 0, 3, True) for k in (G, L, D)}, **_unsafe(ISE, 0, True)},
    "500": _5XX,
    "502": _5XX,
    "504": _5XX,
    "429 Retry-After: 3": _all_retried(),
    "429 Retry-After: date": _all_retried(),
    "refused": _all_retried(),
    "dropped before processing": {**_idem(NONE), **_unsafe(CONN, 0, True)},
    # A GET is simply re-run; the re-sent DELETE finds the replica already deleted (400), and the
    # error says the request may have been processed (an earlier attempt was).
    "dropped after processing": {
        G: Outcome(MODEL, 2, 2), L: Outcome(MODEL, 2, 2), D: Outcome(INVALID_ID, 2, 2, True),
        **_unsafe(CONN, 1, True),
    },
    "read timeout (processed)": {
        G: Outcome(MODEL, 2, 2), L: Outcome(MODEL, 2, 2), D: Outcome(INVALID_ID, 2, 2, True),
        **_unsafe(TIMEOUT, 1, True),
    },
    # A spoiled 2xx body is not retried: the call ran once. DELETE and Patch Persona return None
    # whatever the body is, so for them the spoiled body is no error.
    "truncated JSON": {G: Outcome(RVE, 1, 1, True), L: Outcome(RVE, 1, 1, True), D: Outcome(NONE, 1, 1),
                       CR: Outcome(RVE, 1, 1, True), CC: Outcome(RVE, 1, 1, True), P: Outcome(NONE, 1, 1)},
    "HTML page": {G: Outcome(RVE, 1, 1, True), L: Outcome(RVE, 1, 1, True), D: Outcome(NONE, 1, 1),
                  CR: Outcome(RVE, 1, 1, True), CC: Outcome(RVE, 1, 1, True), P: Outcome(NONE, 1, 1)},
}
# fmt: on


@dataclass
class CellRun:
    outcome: Outcome
    error: BaseException | None


def run_cell(fault: str, call_name: str, *, api_key: str = API_KEY) -> CellRun:
    """Script `fault` for the call's operation on a fresh fake and make the call once."""
    call = CALLS[call_name]
    with FakeTavus(api_key=api_key) as fake:
        client = fake.client(max_retries=2)
        try:
            target = call.setup(client)
            FAULTS[fault](fake, call.op)
            error: BaseException | None = None
            try:
                value = call.run(client, target)
            except tavus.TavusError as exc:
                error = exc
                result = type(exc).__name__
            else:
                result = NONE if value is None else MODEL
            sent = sum(1 for r in fake.requests if r.operation_id == call.op)
            processed = getattr(error, "may_have_been_processed", None)
            return CellRun(Outcome(result, fake.executed(call.op), sent, processed), error)
        finally:
            client.close()


def render(results: dict[tuple[str, str], Outcome]) -> Any:
    """The matrix as a rich table: one row per fault, one column per call."""
    from rich.table import Table

    table = Table(title="Fault matrix (max_retries=2): result | executed/sent", show_lines=False)
    table.add_column("fault")
    for name in CALLS:
        table.add_column(name)
    for fault in FAULTS:
        row = [fault]
        for name in CALLS:
            got = results[(fault, name)]
            mark = "" if got == EXPECTED[fault][name] else " ✗ UNEXPECTED"
            row.append(got.cell() + mark)
        table.add_row(*row)
    return table


def markdown(results: dict[tuple[str, str], Outcome]) -> str:
    """The same matrix as a Markdown table (docs/reliability.md)."""
    lines = ["| fault | " + " | ".join(CALLS) + " |", "|---" * (len(CALLS) + 1) + "|"]
    for fault in FAULTS:
        lines.append(f"| {fault} | " + " | ".join(results[(fault, c)].cell().replace("|", "·") for c in CALLS) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import sys

    from rich.console import Console

    results = {(f, c): run_cell(f, c).outcome for f in FAULTS for c in CALLS}
    if "--markdown" in (sys.argv[1:] if argv is None else argv):
        print(markdown(results))
    else:
        Console(width=240).print(render(results))
    bad = [k for k, v in results.items() if v != EXPECTED[k[0]][k[1]]]
    print(f"{len(results)} cells, {len(results) - len(bad)} as expected, {len(bad)} unexpected")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
