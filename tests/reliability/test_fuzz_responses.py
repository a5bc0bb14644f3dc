"""Response fuzzing: whatever the server answers, a call gives a model, a Page, None or a TavusError.

`make test` runs a deterministic slice (derandomize, no database): EXAMPLES cases per operation,
>= 1,000 in all; `make fuzz` runs TAVUS_FUZZ_EXAMPLES=300 per operation (10,800).
"""

from __future__ import annotations

from collections.abc import Iterator
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
    return getattr(getattr(client, resource), method)(*case.args, **case.kwargs)


def test_every_operation_is_fuzzed() -> None:
    assert set(SCHEMAS) == set(OPERATIONS) == set(BY_OP)


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
