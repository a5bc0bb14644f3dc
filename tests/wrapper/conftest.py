"""Shared fixtures of the wrapper tests: clients with instant sleep/clock, and a respx router."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from tavus import AsyncTavus, Tavus
from tests.conftest import InstantClock

API_KEY = "tvs_SECRET_test_key_0123456789"
BASE_URL = "https://tavusapi.com"


FakeClock = InstantClock  # the name these tests use


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own TAVUS_* variables must not leak into the tests."""
    monkeypatch.delenv("TAVUS_API_KEY", raising=False)
    monkeypatch.delenv("TAVUS_BASE_URL", raising=False)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def shared_http() -> Iterator[httpx.Client]:
    """One httpx pool for the whole run: building a client (its SSL context) costs ~30 ms."""
    http = httpx.Client()
    yield http
    http.close()


@pytest.fixture(scope="session")
def shared_ahttp() -> Iterator[httpx.AsyncClient]:
    http = httpx.AsyncClient()
    yield http
    asyncio.run(http.aclose())


@pytest.fixture
def make_client(clock: FakeClock, shared_http: httpx.Client) -> Iterator[Any]:
    """A `Tavus` with instant sleep and a fake clock; `_own=True` gives it its own pool."""
    made: list[Tavus] = []

    def make(*, _own: bool = False, **kwargs: Any) -> Tavus:
        kwargs.setdefault("api_key", API_KEY)
        if not _own:
            kwargs.setdefault("http_client", shared_http)
        client = Tavus(clock=clock, **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def make_aclient(clock: FakeClock, shared_ahttp: httpx.AsyncClient) -> Any:
    def make(*, _own: bool = False, **kwargs: Any) -> AsyncTavus:
        kwargs.setdefault("api_key", API_KEY)
        if not _own:
            kwargs.setdefault("http_client", shared_ahttp)
        return AsyncTavus(clock=clock, **kwargs)

    return make


@pytest.fixture
def client(make_client: Any) -> Tavus:
    return make_client()  # type: ignore[no-any-return]


@pytest.fixture
async def aclient(make_aclient: Any) -> Any:
    client = make_aclient()
    yield client
    await client.aclose()


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router
