"""Runs last (file order): every operation of the contract must be checked in every column of the
coverage table (request, responses k/n, fake, Prism) that this session collected. A column that was
not collected (a single module run) is not required; a column skipped for a stated reason (Prism
without node, outside CI) is reported in the table instead."""

from __future__ import annotations

import copy

import pytest

from . import _contract
from ._contract import EXPECTED_OPERATIONS, EXPECTED_SUPPLEMENT_OPERATIONS, OPERATION_IDS, OPS, UNMAPPED
from ._registry import REGISTRY, Registry
from .conftest import coverage_lines


def missing_report(registry: Registry) -> dict[str, list[str]]:
    statuses = {op.operation_id: op.statuses for op in OPS}
    missing = registry.missing(OPERATION_IDS, statuses)
    return {column: ops for column, ops in missing.items() if column in registry.collected}


def test_every_operation_has_a_wrapper_method() -> None:
    assert not UNMAPPED, f"in the contract, without a method in tavus._operations.OPERATIONS: {', '.join(UNMAPPED)}"


def test_every_operation_is_checked_in_every_column() -> None:
    assert len(OPERATION_IDS) == EXPECTED_OPERATIONS, f"the contract has {len(OPERATION_IDS)} operations"
    missing = missing_report(REGISTRY)
    assert not missing, "operations not checked (or failed):\n" + "\n".join(
        f"  {column}: {', '.join(ops)}" for column, ops in missing.items()
    )


def test_the_coverage_check_can_fail() -> None:
    registry = Registry(collected={"request", "prism"}, skipped={})
    registry.request["createReplica"] = {"sync"}  # async missing
    registry.prism.update(OPERATION_IDS[1:])
    missing = missing_report(registry)
    assert missing["request"] == OPERATION_IDS  # createReplica lacks async, the others everything
    assert missing["prism"] == [OPERATION_IDS[0]]
    assert "fake" not in missing  # not collected


def test_an_operation_without_a_wrapper_method_is_named_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    """A spec update that adds an operation must not crash the suite's import (KeyError), as it once did."""
    spec = copy.deepcopy(_contract.contract())
    spec["paths"]["/v2/memories"] = {
        "get": {"operationId": "listMemories", "responses": {"200": {"description": "ok"}}}
    }
    monkeypatch.setattr(_contract, "contract", lambda: spec)
    monkeypatch.setattr(_contract, "UNMAPPED", [])
    ops = _contract._ops()
    assert _contract.UNMAPPED == ["listMemories"]
    assert len(ops) == EXPECTED_OPERATIONS


def test_the_supplement_operations_are_counted_apart() -> None:
    """The table marks each operation's source and totals the published file and the docs pages apart."""
    supplement = [op.operation_id for op in OPS if op.supplement]
    assert len(supplement) == EXPECTED_SUPPLEMENT_OPERATIONS
    lines = coverage_lines()
    rows = {line.split()[0]: line.split()[1] for line in lines[2:] if line.split() and line.split()[0] in OPERATION_IDS}
    assert {oid for oid, source in rows.items() if source == "docs"} == set(supplement)
    published = next(line for line in lines if line.startswith("total, published"))
    docs = next(line for line in lines if line.startswith("total, docs pages"))
    n_published = EXPECTED_OPERATIONS - EXPECTED_SUPPLEMENT_OPERATIONS
    assert published.split()[2].endswith(f"/{n_published}")
    assert docs.split()[3].endswith(f"/{len(supplement)}")
