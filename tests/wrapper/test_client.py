"""Client configuration: key, base URL, headers, lifecycle, copies (issue 4)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

import tavus
from tavus import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncTavus,
    ClientClosedError,
    Tavus,
    TavusError,
    TavusValidationError,
)
from tests.conftest import InstantClock

from .conftest import API_KEY

R = {"replica_id": "r1"}


@pytest.mark.parametrize("cls", [Tavus, AsyncTavus])
def test_api_key_from_argument(cls: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAVUS_API_KEY", "from-env")
    assert cls(api_key="from-arg")._api_key == "from-arg"


@pytest.mark.parametrize("cls", [Tavus, AsyncTavus])
def test_api_key_from_environment(cls: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAVUS_API_KEY", "from-env")
    assert cls()._api_key == "from-env"


def test_environment_key_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAVUS_API_KEY", "env-key-1")
    with respx.mock(base_url=DEFAULT_BASE_URL) as api, Tavus() as client:
        route = api.get("/v2/replicas/r1").respond(200, json=R)
        client.replicas.get("r1")
    assert route.calls.last.request.headers["x-api-key"] == "env-key-1"


@pytest.mark.parametrize("cls", [Tavus, AsyncTavus])
@pytest.mark.parametrize("key", [None, ""])
def test_no_key_says_how_to_provide_one(cls: type, key: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAVUS_API_KEY", "")
    with pytest.raises(TavusError) as info:
        cls(api_key=key)
    message = str(info.value)
    assert "TAVUS_API_KEY" in message
    assert "api_key=" in message


@pytest.mark.parametrize("key", ["abc def", "abc\n", " abc", "abc\t", "ab\x00c", "abc\r\nX-Evil: 1"])
def test_key_with_whitespace_is_rejected_and_not_echoed(key: str) -> None:
    with pytest.raises(TavusValidationError) as info:
        Tavus(api_key=key)
    assert info.value.field == "api_key"
    assert key.strip() not in str(info.value)
    assert key.strip() not in repr(info.value)


def test_key_with_whitespace_from_environment_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAVUS_API_KEY", "secretkey\n")
    with pytest.raises(TavusValidationError) as info:
        Tavus()
    assert "secretkey" not in str(info.value)


@pytest.mark.parametrize("key", ["k\u00e9y", "key\u2019s"])
def test_non_ascii_key_is_rejected_at_construction(key: str) -> None:
    with pytest.raises(TavusValidationError, match="api_key"):
        Tavus(api_key=key)


def test_bad_default_headers_are_rejected_at_construction() -> None:
    with pytest.raises(TavusValidationError):
        Tavus(api_key="k", default_headers={"X-Team": "\u65e5\u672c"})


def test_non_string_key_is_rejected() -> None:
    with pytest.raises(TavusValidationError, match="api_key"):
        Tavus(api_key=12345)  # type: ignore[arg-type]


def test_base_url_default() -> None:
    assert str(Tavus(api_key="k").base_url) == "https://tavusapi.com"
    assert DEFAULT_BASE_URL == "https://tavusapi.com"


def test_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAVUS_BASE_URL", "http://localhost:8080/")
    assert str(Tavus(api_key="k").base_url) == "http://localhost:8080"


def test_base_url_argument_wins_and_is_used(monkeypatch: pytest.MonkeyPatch, make_client: Any) -> None:
    monkeypatch.setenv("TAVUS_BASE_URL", "http://env.example")
    client = make_client(base_url="https://proxy.example/tavus/")
    with respx.mock(assert_all_called=False) as api:
        route = api.get("https://proxy.example/tavus/v2/replicas/r1").respond(200, json=R)
        client.replicas.get("r1")
    assert route.call_count == 1


@pytest.mark.parametrize("url", ["ftp://x.example", "tavusapi.com", "/v2", "https://"])
def test_bad_base_url_is_rejected(url: str) -> None:
    with pytest.raises(TavusValidationError, match="base_url"):
        Tavus(api_key="k", base_url=url)


@pytest.mark.parametrize("value", [0, -1, "5", True])
def test_bad_timeout_is_rejected(value: Any) -> None:
    with pytest.raises(TavusValidationError, match="timeout"):
        Tavus(api_key="k", timeout=value)


@pytest.mark.parametrize("value", [-1, 1.5, "2", True, None])
def test_bad_max_retries_is_rejected(value: Any) -> None:
    with pytest.raises(TavusValidationError, match="max_retries"):
        Tavus(api_key="k", max_retries=value)


def test_defaults() -> None:
    client = Tavus(api_key="k")
    assert client.max_retries == DEFAULT_MAX_RETRIES == 2
    assert client.timeout == DEFAULT_TIMEOUT


def test_default_headers_are_sent_and_cannot_override_the_key(make_client: Any, api: respx.MockRouter) -> None:
    client = make_client(default_headers={"X-Team": "growth", "x-api-key": "other"})
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    client.replicas.get("r1")
    headers = route.calls.last.request.headers
    assert headers["x-team"] == "growth"
    assert headers["x-api-key"] == API_KEY


def test_extra_headers_per_call(client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    client.replicas.get("r1", extra_headers={"X-Request-Id": "abc"})
    client.replicas.get("r1")
    assert route.calls[0].request.headers["x-request-id"] == "abc"
    assert "x-request-id" not in route.calls[1].request.headers


def test_sync_context_manager_closes(make_client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(200, json=R)
    with make_client(_own=True) as client:
        assert client.replicas.get("r1").replica_id == "r1"
    assert client._shared.http.is_closed
    with pytest.raises(ClientClosedError):
        client.replicas.get("r1")


def test_close_is_idempotent_and_blocks_further_use(client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    client.close()
    client.close()
    with pytest.raises(ClientClosedError, match="closed"):
        client.replicas.get("r1")
    with pytest.raises(ClientClosedError):
        client.replicas.list()
    assert not route.called


@pytest.mark.anyio
async def test_async_context_manager_and_aclose(make_aclient: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    async with make_aclient(_own=True) as client:
        assert (await client.replicas.get("r1")).replica_id == "r1"
    assert client._shared.http.is_closed
    with pytest.raises(ClientClosedError):
        await client.replicas.get("r1")
    other = make_aclient()
    await other.aclose()
    await other.close()
    with pytest.raises(ClientClosedError):
        await other.videos.get("v1")
    assert route.call_count == 1


def test_closing_a_copy_closes_the_shared_pool(client: Any) -> None:
    copy = client.with_options(max_retries=0)
    copy.close()
    with pytest.raises(ClientClosedError):
        client.replicas.get("r1")


def test_with_options_shares_the_pool_and_changes_settings(client: Any, api: respx.MockRouter) -> None:
    copy = client.with_options(timeout=5.0, max_retries=0)
    assert copy is not client
    assert type(copy) is Tavus
    assert copy._shared.http is client._shared.http
    assert copy.max_retries == 0
    assert copy.timeout == httpx.Timeout(5.0)
    assert client.max_retries == 2
    assert client.timeout == DEFAULT_TIMEOUT
    assert copy._api_key == client._api_key
    assert copy.base_url == client.base_url
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    copy.replicas.get("r1")
    assert route.calls.last.request.headers["x-api-key"] == API_KEY


@pytest.mark.anyio
async def test_async_with_options_shares_the_pool(aclient: Any) -> None:
    copy = aclient.with_options(max_retries=5, timeout=httpx.Timeout(3.0))
    assert type(copy) is AsyncTavus
    assert copy._shared.http is aclient._shared.http
    assert copy.max_retries == 5
    assert copy.timeout == httpx.Timeout(3.0)


def test_with_options_merges_default_headers(make_client: Any, api: respx.MockRouter) -> None:
    client = make_client(default_headers={"X-A": "1"})
    copy = client.with_options(default_headers={"X-B": "2"}, api_key="other-key")
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    copy.replicas.get("r1")
    headers = route.calls.last.request.headers
    assert headers["x-a"] == "1"
    assert headers["x-b"] == "2"
    assert headers["x-api-key"] == "other-key"


def test_with_options_validates(client: Any) -> None:
    with pytest.raises(TavusValidationError):
        client.with_options(max_retries=-1)
    with pytest.raises(TavusValidationError):
        client.with_options(api_key="a b")


@pytest.mark.parametrize("cls", [Tavus, AsyncTavus])
def test_repr_hides_the_key(cls: type) -> None:
    client = cls(api_key=API_KEY)
    text = repr(client)
    assert API_KEY not in text
    assert API_KEY[:10] not in text
    assert cls.__name__ in text
    assert "tavusapi.com" in text
    assert API_KEY not in repr(client.with_options(max_retries=1))
    assert API_KEY not in repr(client.replicas._client)


def test_user_supplied_http_client_is_wrapped_and_not_closed(api: respx.MockRouter) -> None:
    http = httpx.Client()
    client = Tavus(api_key=API_KEY, http_client=http, clock=InstantClock())
    route = api.get("/v2/replicas/r1").mock(side_effect=[httpx.Response(503), httpx.Response(200, json=R)])
    client.replicas.get("r1")
    assert route.call_count == 2  # the SDK's retry policy applies to the user's client too
    client.close()
    assert not http.is_closed
    http.close()


@pytest.mark.anyio
async def test_async_user_supplied_http_client(api: respx.MockRouter) -> None:
    http = httpx.AsyncClient()
    clock = InstantClock()
    sleeps = clock.sleeps
    client = AsyncTavus(api_key=API_KEY, http_client=http, clock=clock)
    route = api.get("/v2/replicas/r1").mock(side_effect=[httpx.Response(429), httpx.Response(200, json=R)])
    await client.replicas.get("r1")
    assert route.call_count == 2
    assert len(sleeps) == 1
    await client.aclose()
    assert not http.is_closed
    await http.aclose()


def test_resources_are_cached(client: Any) -> None:
    assert client.replicas is client.replicas
    assert client.with_raw_response is client.with_raw_response


def test_with_options_takes_another_http_client(make_client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    client = make_client()
    own = httpx.Client(headers={"X-Proxy": "yes"})
    copy = client.with_options(http_client=own, max_retries=0)
    copy.replicas.get("r1")
    assert route.calls.last.request.headers["x-proxy"] == "yes"
    assert copy._shared is not client._shared
    copy.close()
    assert not own.is_closed  # the caller's client is left to its owner
    client.replicas.get("r1")  # the original still works, on its own pool
    own.close()


@pytest.mark.parametrize("wrong", [httpx.AsyncClient, object])
def test_with_options_refuses_the_other_flavours_http_client(make_client: Any, wrong: Any) -> None:
    with pytest.raises(tavus.TavusValidationError, match=r"http_client: must be an httpx\.Client"):
        make_client().with_options(http_client=wrong())


def test_clock_must_be_a_clock() -> None:
    with pytest.raises(tavus.TavusValidationError, match="clock: must have monotonic"):
        Tavus(api_key=API_KEY, clock=lambda: 0.0)  # type: ignore[arg-type]
