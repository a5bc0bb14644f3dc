"""`Tavus` and `AsyncTavus` expose the same surface; every async method is awaitable (issue 3)."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from tavus import AsyncTavus, Tavus

RESOURCES = ("replicas", "videos", "conversations", "personas", "documents", "guardrails", "objectives")


@pytest.fixture(scope="module")
def sync_client() -> Iterator[Tavus]:
    client = Tavus(api_key="k")
    yield client
    client.close()


@pytest.fixture(scope="module")
def async_client() -> Iterator[AsyncTavus]:
    client = AsyncTavus(api_key="k")
    yield client
    asyncio.run(client.aclose())


def _public(obj: object) -> set[str]:
    return {n for n in dir(obj) if not n.startswith("_")}


def _params(fn: Any) -> list[tuple[str, Any, Any]]:
    return [(p.name, p.kind, p.default) for p in inspect.signature(fn).parameters.values()]


def test_clients_have_the_same_public_names() -> None:
    extra_async = {"aclose"}  # httpx-style alias of close()
    assert _public(Tavus) == _public(AsyncTavus) - extra_async


@pytest.mark.parametrize("name", ["__init__", "with_options"])
def test_client_signatures_match(name: str) -> None:
    sync = [p for p in _params(getattr(Tavus, name)) if p[0] not in ("http_client", "_sleep")]
    async_ = [p for p in _params(getattr(AsyncTavus, name)) if p[0] not in ("http_client", "_sleep")]
    assert sync == async_


@pytest.mark.parametrize("resource", RESOURCES)
def test_resource_surface_is_identical(resource: str, sync_client: Tavus, async_client: AsyncTavus) -> None:
    sync_res = getattr(sync_client, resource)
    async_res = getattr(async_client, resource)
    assert _public(sync_res) == _public(async_res)
    assert _public(sync_res), resource
    for method in _public(sync_res):
        assert _params(getattr(sync_res, method)) == _params(getattr(async_res, method)), f"{resource}.{method}"


@pytest.mark.parametrize("resource", RESOURCES)
def test_async_methods_are_coroutines_or_async_generators(resource: str, async_client: AsyncTavus) -> None:
    async_res = getattr(async_client, resource)
    for method in _public(async_res):
        fn = getattr(async_res, method)
        assert inspect.iscoroutinefunction(fn) or inspect.isasyncgenfunction(fn), f"{resource}.{method}"
    assert inspect.isasyncgenfunction(async_res.iter)


def test_async_client_close_methods_are_coroutines() -> None:
    assert inspect.iscoroutinefunction(AsyncTavus.close)
    assert inspect.iscoroutinefunction(AsyncTavus.aclose)
    assert inspect.iscoroutinefunction(AsyncTavus.__aenter__)


def test_raw_client_has_the_same_resources(sync_client: Tavus, async_client: AsyncTavus) -> None:
    sync_raw = sync_client.with_raw_response
    async_raw = async_client.with_raw_response
    for resource in RESOURCES:
        assert getattr(sync_raw, resource).get
        assert getattr(async_raw, resource).get
