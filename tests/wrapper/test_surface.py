"""`Tavus` and `AsyncTavus` expose the same surface; every async method is awaitable (issue 3)."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from operator import attrgetter
from typing import Any

import pytest

from tavus import AsyncTavus, Tavus
from tavus._operations import OPERATIONS

RESOURCES = sorted({resource for resource, _ in OPERATIONS.values()})  # a dotted one is a sub-resource


def _subs(resource: str) -> set[str]:
    """The sub-resources of a resource (`pals`: tools, skills): attributes, not API methods."""
    return {r[len(resource) + 1 :] for r in RESOURCES if r.startswith(resource + ".")}


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
    sync = [p for p in _params(getattr(Tavus, name)) if p[0] != "http_client"]
    async_ = [p for p in _params(getattr(AsyncTavus, name)) if p[0] != "http_client"]
    assert sync == async_


def _methods(resource: object, name: str) -> set[str]:
    return {n for n in _public(resource) if n != "with_raw_response"} - _subs(name)


@pytest.mark.parametrize("resource", RESOURCES)
def test_resource_surface_is_identical(resource: str, sync_client: Tavus, async_client: AsyncTavus) -> None:
    sync_res = attrgetter(resource)(sync_client)
    async_res = attrgetter(resource)(async_client)
    assert _public(sync_res) == _public(async_res)
    assert _methods(sync_res, resource), resource
    for method in _methods(sync_res, resource):
        assert _params(getattr(sync_res, method)) == _params(getattr(async_res, method)), f"{resource}.{method}"
    assert _public(sync_res.with_raw_response) == _public(async_res.with_raw_response)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # lipsync and replacements warn on every call
@pytest.mark.parametrize("resource", RESOURCES)
def test_async_methods_are_coroutines_and_iter_is_an_async_iterator(resource: str, async_client: AsyncTavus) -> None:
    async_res = attrgetter(resource)(async_client)
    for method in _methods(async_res, resource) - {"iter"}:
        assert inspect.iscoroutinefunction(getattr(async_res, method)), f"{resource}.{method}"
    if "iter" in _methods(async_res, resource):
        items = async_res.iter()  # checks its arguments now, requests nothing before the first item
        assert hasattr(items, "__aiter__")
        asyncio.run(items.aclose())


@pytest.mark.parametrize("resource", RESOURCES)
def test_raw_methods_are_the_api_methods(resource: str, sync_client: Tavus, async_client: AsyncTavus) -> None:
    """Pagination helpers and waits are not raw: `iter` and `wait` have no raw twin."""
    api_methods = {method for res, method in OPERATIONS.values() if res == resource}
    for client in (sync_client, async_client):
        assert _public(attrgetter(resource)(client).with_raw_response) - _subs(resource) == api_methods


def test_async_client_close_methods_are_coroutines() -> None:
    assert inspect.iscoroutinefunction(AsyncTavus.close)
    assert inspect.iscoroutinefunction(AsyncTavus.aclose)
    assert inspect.iscoroutinefunction(AsyncTavus.__aenter__)


def test_raw_client_has_the_same_resources(sync_client: Tavus, async_client: AsyncTavus) -> None:
    sync_raw = sync_client.with_raw_response
    async_raw = async_client.with_raw_response
    for resource in RESOURCES:
        assert attrgetter(resource)(sync_raw) is attrgetter(resource)(sync_client).with_raw_response
        assert attrgetter(resource)(async_raw) is attrgetter(resource)(async_client).with_raw_response
