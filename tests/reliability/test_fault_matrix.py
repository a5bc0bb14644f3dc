"""The fault matrix (issue 7, part 1): what the user gets and how often the fake really ran the call."""

from __future__ import annotations

import pytest

import tavus
from tavus.testing import FakeTavus

from ._matrix import CALLS, EXPECTED, FAULTS, Outcome, run_cell

CELLS = [pytest.param(f, c, id=f"{f} / {c}") for f in FAULTS for c in CALLS]
UNSAFE = ("create replica", "create conversation", "patch persona")


def test_expected_table_is_complete() -> None:
    assert set(EXPECTED) == set(FAULTS)
    for fault, row in EXPECTED.items():
        assert set(row) == set(CALLS), fault


@pytest.mark.parametrize(("fault", "call"), CELLS)
def test_cell(fault: str, call: str, matrix_results: dict[tuple[str, str], Outcome]) -> None:
    run = run_cell(fault, call)
    matrix_results[(fault, call)] = run.outcome
    assert run.outcome == EXPECTED[fault][call]
    if run.error is not None:
        assert isinstance(run.error, tavus.TavusError)
        assert type(run.error).__name__ == run.outcome.result


@pytest.mark.parametrize(("fault", "call"), CELLS)
def test_unsafe_calls_never_run_twice(fault: str, call: str) -> None:
    """The rule itself, independent of the table: a create/patch executes at most once."""
    outcome = run_cell(fault, call).outcome
    if call in UNSAFE:
        assert outcome.executed <= 1
        if outcome.sent > 1:  # resent only where the server certainly did not act
            assert fault.startswith(("429", "refused"))
    else:
        assert outcome.sent <= 3  # max_retries=2


@pytest.mark.parametrize("fault", ["truncated JSON", "HTML page"])
@pytest.mark.parametrize("call", ["create replica", "create conversation"])
def test_every_error_of_a_create_says_whether_it_was_processed(fault: str, call: str) -> None:
    run = run_cell(fault, call)
    assert run.outcome.executed == 1
    assert isinstance(run.error, tavus.TavusError)
    assert getattr(run.error, "may_have_been_processed", None) is True


@pytest.mark.parametrize(("fault", "wait"), [("429 Retry-After: 3", 3.0), ("429 Retry-After: date", 5.0)])
def test_retry_after_is_honoured(fault: str, wait: float) -> None:
    """The retry of a 429 waits what Retry-After says (in fake time: nothing really waits)."""
    with FakeTavus() as fake:
        client = fake.client(max_retries=2)
        FAULTS[fault](fake, "getReplica")
        client.replicas.get(FakeTavus.STOCK_REPLICA_ID)
        first, second = (r for r in fake.requests if r.operation_id == "getReplica")
        assert second.at - first.at == pytest.approx(wait, abs=0.01)
        client.close()
