"""Every operationId of the packaged contract is wrapped by a method of both clients (issue 3)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from importlib.resources import files
from typing import Any

import pytest

from tavus import AsyncTavus, Tavus
from tavus._operations import OPERATIONS

HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options")


def _operation_ids() -> list[str]:
    spec: dict[str, Any] = json.loads(files("tavus_api").joinpath("openapi.json").read_text(encoding="utf-8"))
    return [
        op["operationId"] for item in spec["paths"].values() for method, op in item.items() if method in HTTP_METHODS
    ]


OPERATION_IDS = _operation_ids()


def test_the_contract_has_54_operations() -> None:
    assert len(OPERATION_IDS) == 54
    assert len(set(OPERATION_IDS)) == 54


@pytest.fixture(scope="module")
def clients() -> Iterator[tuple[Tavus, AsyncTavus]]:
    sync, async_ = Tavus(api_key="k"), AsyncTavus(api_key="k")
    yield sync, async_
    sync.close()
    asyncio.run(async_.aclose())


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_operation_is_wrapped(operation_id: str, clients: tuple[Tavus, AsyncTavus]) -> None:
    assert operation_id in OPERATIONS, f"{operation_id}: no entry in tavus._operations.OPERATIONS"
    resource, method = OPERATIONS[operation_id]
    for client in clients:
        cls = type(client)
        res = getattr(client, resource, None)
        assert res is not None, f"{operation_id}: {cls.__name__} has no resource {resource!r}"
        assert callable(getattr(res, method, None)), f"{operation_id}: {cls.__name__}.{resource}.{method} is missing"


def test_operations_has_no_stale_entries() -> None:
    stale = sorted(set(OPERATIONS) - set(OPERATION_IDS))
    assert not stale, f"OPERATIONS names operations the contract does not have: {stale}"


def test_operations_map_to_distinct_methods() -> None:
    targets = list(OPERATIONS.values())
    assert len(targets) == len(set(targets))
