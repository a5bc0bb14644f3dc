"""Response fuzzing: whatever the server answers, a call gives a model, a Page, None or a TavusError.

`make test` runs a deterministic slice (derandomize, no database): EXAMPLES cases per operation,
>= 1,000 in all; `make fuzz` runs TAVUS_FUZZ_EXAMPLES=300 per operation (10,800).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from operator import attrgetter
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings

import tavus
from tavus._operations import OPERATIONS
from tests.wrapper.test_resources import CASES, Case

from ._fuzz import EXAMPLES, Reply, classify, replies, response_schemas

SCHEMAS = response_schemas()
BY_OP = {c.op: c for c in CASES}
FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


class Served:
    """The transport's one canned reply, swapped per example."""

    reply: Reply | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert self.reply is not None
        return self.reply.response()


@pytest.fixture(scope="module")
def fuzz_counts(request: pytest.FixtureRequest) -> Iterator[dict[str, list[int]]]:
    from .conftest import FUZZ_KEY

    counts: dict[str, list[int]] = {}
    yield counts
    request.config.stash.setdefault(FUZZ_KEY, {}).update(counts)


def _call(client: tavus.Tavus, case: Case) -> Any:
    resource, method = OPERATIONS[case.op]
    return getattr(attrgetter(resource)(client), method)(*case.args, **case.kwargs)


def test_every_operation_is_fuzzed() -> None:
    """Every wrapped operation of the contract. The contract's operations the wrapper has no method for
    yet (the supplement's new ones) cannot be called: tests/wrapper/test_coverage.py names and fails them."""
    assert set(OPERATIONS) <= set(SCHEMAS)
    assert set(OPERATIONS) == set(BY_OP)


@pytest.mark.parametrize("op", sorted(OPERATIONS))
def test_no_exception_escapes(op: str, fuzz_counts: dict[str, list[int]]) -> None:
    served = Served()
    http = httpx.Client(transport=httpx.MockTransport(served))
    client = tavus.Tavus(api_key="sk-fuzz", http_client=http, max_retries=0)
    counts = fuzz_counts.setdefault(op, [0, 0])
    case = BY_OP[op]

    @FUZZ_SETTINGS
    @given(reply=replies(SCHEMAS[op]))
    def check(reply: Reply) -> None:
        served.reply = reply
        try:
            outcome: object = _call(client, case)
        except BaseException as exc:
            outcome = exc
        kind = classify(outcome)
        counts[0] += 1
        if kind.startswith("ESCAPE"):
            counts[1] += 1
        assert not kind.startswith("ESCAPE"), (kind, reply, outcome)
        if reply.kind == "valid" and reply.status == 200:
            assert not kind.startswith("error"), (kind, reply, outcome)  # a valid body is accepted

    try:
        check()
    finally:
        client.close()
    assert counts[0] >= EXAMPLES


@pytest.mark.parametrize("method", ["GET", "POST", "DELETE"])
def test_request_gives_the_json_none_or_a_tavus_error(method: str) -> None:
    """`client.request` (endpoints newer than the contract): a 2xx gives exactly its parsed JSON, or
    None without a body; anything else is a TavusError carrying the status."""
    served = Served()
    client = tavus.Tavus(api_key="sk-fuzz", http_client=httpx.Client(transport=httpx.MockTransport(served)))
    client = client.with_options(max_retries=0)

    @FUZZ_SETTINGS
    @given(reply=replies({}))
    def check(reply: Reply) -> None:
        served.reply = reply
        try:
            outcome: object = client.request(method, "/v2/voices", json={"a": 1} if method == "POST" else None)
        except tavus.TavusError as exc:
            outcome = exc
        success = 200 <= reply.status < 300 or reply.status == 304
        if isinstance(outcome, tavus.TavusError):
            assert getattr(outcome, "status_code", None) == reply.status, (reply, outcome)
            assert isinstance(outcome, tavus.ResponseValidationError) is success, (reply, outcome)
        elif reply.status == 304 or not reply.content:
            assert success, (reply, outcome)
            assert outcome is None
        else:
            assert success, (reply, outcome)
            assert json.dumps(outcome) == json.dumps(json.loads(reply.content))  # NaN != NaN

    try:
        check()
    finally:
        client.close()
