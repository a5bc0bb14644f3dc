"""Timeouts: default, per client, per call, per copy; timeouts become APITimeoutError (issue 4)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from tavus import DEFAULT_TIMEOUT, APIConnectionError, APITimeoutError
from tests.conftest import ANY_RESOURCE

R = {"replica_id": "r1"}


def _timeout_of(route: respx.Route) -> dict[str, float | None]:
    return route.calls.last.request.extensions["timeout"]  # type: ignore[no-any-return]


def test_default_timeout_is_applied(client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    client.replicas.get("r1")
    assert _timeout_of(route) == {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert _timeout_of(route) == DEFAULT_TIMEOUT.as_dict()


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (5, {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}),
        (2.5, {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}),
        (httpx.Timeout(30.0, connect=1.0), {"connect": 1.0, "read": 30.0, "write": 30.0, "pool": 30.0}),
        (None, {"connect": None, "read": None, "write": None, "pool": None}),
    ],
)
def test_timeout_per_client(timeout: Any, expected: dict[str, Any], make_client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    make_client(timeout=timeout).replicas.get("r1")
    assert _timeout_of(route) == expected


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (3.0, {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}),
        (httpx.Timeout(7.0, read=20.0), {"connect": 7.0, "read": 20.0, "write": 7.0, "pool": 7.0}),
    ],
)
def test_timeout_per_call(timeout: Any, expected: dict[str, Any], client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    client.replicas.get("r1", timeout=timeout)
    assert _timeout_of(route) == expected
    client.replicas.get("r1")
    assert _timeout_of(route) == DEFAULT_TIMEOUT.as_dict()


def test_timeout_per_call_on_every_kind_of_method(client: Any, api: respx.MockRouter) -> None:
    route = api.route().respond(200, json={**ANY_RESOURCE, "data": [], "message": "ok"})
    client.replicas.list(timeout=4.0)
    assert _timeout_of(route)["read"] == 4.0
    client.personas.update("p1", system_prompt="x", timeout=4.5)
    assert _timeout_of(route)["read"] == 4.5
    client.videos.create(replica_id="r1", script="s", timeout=5.5)
    assert _timeout_of(route)["read"] == 5.5
    next(iter(client.documents.iter(timeout=6.5)), None)
    assert _timeout_of(route)["read"] == 6.5


@pytest.mark.parametrize("timeout", [3.0, httpx.Timeout(9.0, connect=2.0)])
def test_timeout_via_with_options(timeout: Any, client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    client.with_options(timeout=timeout).replicas.get("r1")
    expected = timeout.as_dict() if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout).as_dict()
    assert _timeout_of(route) == expected
    client.replicas.get("r1")
    assert _timeout_of(route) == DEFAULT_TIMEOUT.as_dict()


def test_with_options_none_disables_the_timeout(client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    client.with_options(timeout=None).replicas.get("r1")
    assert _timeout_of(route) == {"connect": None, "read": None, "write": None, "pool": None}


@pytest.mark.parametrize("bad", [0, -2, "5"])
def test_bad_per_call_timeout_is_rejected_before_sending(bad: Any, client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    with pytest.raises(ValueError, match="timeout"):
        client.replicas.get("r1", timeout=bad)
    assert not route.called


@pytest.mark.parametrize("exc", [httpx.ReadTimeout, httpx.ConnectTimeout, httpx.WriteTimeout, httpx.PoolTimeout])
def test_timeouts_become_api_timeout_error(exc: type, make_client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").mock(side_effect=exc("timed out"))
    with pytest.raises(APITimeoutError) as info:
        make_client(max_retries=1).replicas.get("r1")
    assert isinstance(info.value, APIConnectionError)
    assert route.call_count == 2
    assert "timed out" in str(info.value)
    assert "/v2/replicas/r1" in str(info.value)
    assert isinstance(info.value.request, httpx.Request)
    assert info.value.may_have_been_processed is (exc not in (httpx.ConnectTimeout, httpx.PoolTimeout))


def test_connect_error_is_a_connection_error_not_a_timeout(make_client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as info:
        make_client(max_retries=0).replicas.get("r1")
    assert type(info.value) is APIConnectionError


@pytest.mark.anyio
async def test_async_timeouts(make_aclient: Any, api: respx.MockRouter) -> None:
    client = make_aclient(timeout=8.0, max_retries=0)
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    await client.replicas.get("r1")
    assert _timeout_of(route)["read"] == 8.0
    await client.replicas.get("r1", timeout=httpx.Timeout(1.0, read=2.0))
    assert _timeout_of(route) == {"connect": 1.0, "read": 2.0, "write": 1.0, "pool": 1.0}
    await client.with_options(timeout=4.0).replicas.get("r1")
    assert _timeout_of(route)["read"] == 4.0
    api.get("/v2/videos/v1").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        await client.videos.get("v1")
    api.get("/v2/videos/v2").mock(side_effect=httpx.ConnectTimeout("slow"))
    with pytest.raises(APITimeoutError) as info:
        await client.videos.get("v2")
    assert info.value.may_have_been_processed is False
    await client.aclose()
