"""Every operationId of the packaged contract is wrapped by a method of both clients (issue 3), and a
method that calls a supplement operation (Tavus's docs pages, not the published file) says so (issue 16)."""

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


PROVENANCE = "Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."


SPEC: dict[str, Any] = json.loads(files("tavus_api").joinpath("openapi.json").read_text(encoding="utf-8"))
DEFINITIONS = {op["operationId"]: op for item in SPEC["paths"].values() for m, op in item.items() if m in HTTP_METHODS}
OPERATION_IDS = list(DEFINITIONS)
SUPPLEMENT_IDS = [oid for oid, op in DEFINITIONS.items() if op.get("x-tavus-supplement")]


def test_the_merged_contract_has_93_operations_45_from_the_supplement() -> None:
    methods = [m for item in SPEC["paths"].values() for m in item if m in HTTP_METHODS]
    assert len(OPERATION_IDS) == len(methods) == 93  # no operationId lost to a duplicate
    assert len(SUPPLEMENT_IDS) == 45  # 39 new, 6 restating published ones


def _method(client: Tavus | AsyncTavus, operation_id: str) -> Any:
    resource, method = OPERATIONS[operation_id]
    target: Any = client
    for attribute in resource.split("."):  # "pals.tools": a sub-resource
        target = getattr(target, attribute, None)
        assert target is not None, f"{operation_id}: {type(client).__name__} has no resource {resource!r}"
    return getattr(target, method, None)


@pytest.fixture(scope="module")
def clients() -> Iterator[tuple[Tavus, AsyncTavus]]:
    sync, async_ = Tavus(api_key="k"), AsyncTavus(api_key="k")
    yield sync, async_
    sync.close()
    asyncio.run(async_.aclose())


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_operation_is_wrapped(operation_id: str, clients: tuple[Tavus, AsyncTavus]) -> None:
    assert operation_id in OPERATIONS, f"{operation_id}: no entry in tavus._operations.OPERATIONS"
    for client in clients:
        resource, method = OPERATIONS[operation_id]
        assert callable(_method(client, operation_id)), (
            f"{operation_id}: {type(client).__name__}.{resource}.{method} is missing"
        )


@pytest.mark.parametrize("operation_id", SUPPLEMENT_IDS)
def test_a_supplement_method_says_it_follows_the_docs_pages(
    operation_id: str, clients: tuple[Tavus, AsyncTavus]
) -> None:
    assert operation_id in OPERATIONS, f"{operation_id}: no entry in tavus._operations.OPERATIONS"
    for client in clients:
        doc = " ".join((_method(client, operation_id).__doc__ or "").split())
        assert PROVENANCE in doc, (
            f"{operation_id}: the docstring of {OPERATIONS[operation_id]} does not say: {PROVENANCE}"
        )


def test_a_published_method_does_not_claim_the_supplement(clients: tuple[Tavus, AsyncTavus]) -> None:
    claims = [
        oid for oid in OPERATION_IDS
        if oid not in SUPPLEMENT_IDS and oid in OPERATIONS
        and PROVENANCE in " ".join((_method(clients[0], oid).__doc__ or "").split())
    ]  # fmt: skip
    assert not claims, f"published operations whose method claims the supplement: {claims}"


def test_operations_has_no_stale_entries() -> None:
    stale = sorted(set(OPERATIONS) - set(OPERATION_IDS))
    assert not stale, f"OPERATIONS names operations the contract does not have: {stale}"


def test_operations_map_to_distinct_methods() -> None:
    targets = list(OPERATIONS.values())
    assert len(targets) == len(set(targets))
