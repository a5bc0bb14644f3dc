"""Fixtures for the fake's tests: a fresh fake, and an httpx client whose every response is checked
against the contract."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tavus.testing import FakeTavus

from ._contract import ContractChecker

CHECKER = ContractChecker()


@pytest.fixture
def fake() -> Iterator[FakeTavus]:
    with FakeTavus() as fake:
        yield fake


def client_for(fake: FakeTavus, *, key: str | None = None) -> httpx.Client:
    headers = {"x-api-key": fake.api_key if key is None else key}
    return httpx.Client(
        transport=fake.transport, base_url=fake.base_url, headers=headers, event_hooks={"response": [CHECKER]}
    )


@pytest.fixture
def http(fake: FakeTavus) -> Iterator[httpx.Client]:
    """Authenticated raw HTTP access to the fake; responses are checked against the contract."""
    with client_for(fake) as client:
        yield client


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
