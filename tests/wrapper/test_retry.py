"""The retry table of `tavus/_retry.py`, row by row, counting the requests the server received (issue 4).

| failure                                   | GET, DELETE, HEAD, PUT, OPTIONS | POST, PATCH |
| connection never established              | yes                             | yes         |
| 429                                       | yes                             | yes         |
| 408, 500, 502, 503, 504                   | yes                             | no          |
| read/write timeout, connection dropped    | yes                             | no          |
| any other status                          | no                              | no          |
"""

from __future__ import annotations

import email.utils
import logging
from typing import Any

import httpx
import pytest
import respx

from tavus import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
)
from tavus._retry import EXTENSION, AsyncRetryTransport, RetryPolicy, RetryTransport
from tests.conftest import ANY_RESOURCE, InstantClock

from .conftest import API_KEY

R = {**ANY_RESOURCE, "replica_id": "r1", "status": "completed"}
NOW = 1_700_000_000.0
OK = httpx.Response(200, json=R)


def _responses(*statuses: int) -> list[httpx.Response]:
    return [httpx.Response(s, json={"error": f"status {s}"}) for s in statuses]


# --- row by row, through the API methods ----------------------------------------------------------


def test_get_recovers_from_one_503(client: Any, api: respx.MockRouter, clock: Any) -> None:
    route = api.get("/v2/replicas/r1").mock(side_effect=[*_responses(503), OK])
    assert client.replicas.get("r1").replica_id == "r1"
    assert route.call_count == 2
    assert len(clock.sleeps) == 1


def test_get_recovers_from_two_503_with_max_retries_2(make_client: Any, api: respx.MockRouter) -> None:
    client = make_client(max_retries=2)
    route = api.get("/v2/replicas/r1").mock(side_effect=[*_responses(503, 503), OK])
    assert client.replicas.get("r1").status == "completed"
    assert route.call_count == 3


@pytest.mark.parametrize("max_retries", [0, 1, 2, 4])
def test_get_fails_after_max_retries_plus_one_attempts(
    max_retries: int, make_client: Any, api: respx.MockRouter, clock: Any
) -> None:
    client = make_client(max_retries=max_retries)
    route = api.get("/v2/replicas/r1").respond(503, json={"error": "unavailable"})
    with pytest.raises(InternalServerError) as info:
        client.replicas.get("r1")
    assert route.call_count == max_retries + 1
    assert len(clock.sleeps) == max_retries
    assert info.value.status_code == 503
    assert info.value.message == "unavailable"


@pytest.mark.parametrize("status", [408, 429, 500, 502, 504])
def test_retryable_statuses_are_retried_for_get(status: int, client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/videos/v1").mock(side_effect=[*_responses(status), httpx.Response(200, json=ANY_RESOURCE)])
    client.videos.get("v1")
    assert route.call_count == 2


@pytest.mark.parametrize("status", [408, 429, 500, 502, 504])
def test_retryable_statuses_are_retried_for_delete(status: int, client: Any, api: respx.MockRouter) -> None:
    route = api.delete("/v2/videos/v1").mock(side_effect=[*_responses(status, status), httpx.Response(200)])
    assert client.videos.delete("v1") is None
    assert route.call_count == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
def test_other_statuses_are_not_retried(status: int, client: Any, api: respx.MockRouter, clock: Any) -> None:
    route = api.get("/v2/replicas/r1").mock(side_effect=[*_responses(status), OK])
    with pytest.raises(Exception) as info:  # noqa: PT011 - the class is checked in test_errors
        client.replicas.get("r1")
    assert info.value.status_code == status
    assert route.call_count == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("status", [500, 502, 503, 504, 408])
def test_post_is_not_retried_on_server_errors(status: int, client: Any, api: respx.MockRouter, clock: Any) -> None:
    route = api.post("/v2/replicas").mock(side_effect=[*_responses(status), OK])
    with pytest.raises(Exception) as info:  # noqa: PT011
        client.replicas.create(train_video_url="https://e.com/t.mp4")
    assert route.call_count == 1
    assert clock.sleeps == []
    assert info.value.status_code == status
    if status >= 500:
        assert isinstance(info.value, InternalServerError)
        assert info.value.may_have_been_processed is True
        assert "may have been processed" in str(info.value)


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_patch_is_not_retried_on_server_errors(status: int, client: Any, api: respx.MockRouter) -> None:
    route = api.patch("/v2/replicas/r1/name").mock(side_effect=[*_responses(status), httpx.Response(200)])
    with pytest.raises(InternalServerError) as info:
        client.replicas.rename("r1", replica_name="x")
    assert route.call_count == 1
    assert info.value.may_have_been_processed is True


def test_post_is_not_retried_on_read_timeout(client: Any, api: respx.MockRouter, clock: Any) -> None:
    route = api.post("/v2/videos").mock(side_effect=[httpx.ReadTimeout("read timed out"), OK])
    with pytest.raises(APITimeoutError) as info:
        client.videos.create(replica_id="r1", script="hi")
    assert route.call_count == 1
    assert clock.sleeps == []
    assert info.value.may_have_been_processed is True
    assert "may have been processed" in str(info.value)
    assert isinstance(info.value, APIConnectionError)


def test_post_is_not_retried_on_dropped_connection(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/conversations").mock(side_effect=[httpx.RemoteProtocolError("Server disconnected"), OK])
    with pytest.raises(APIConnectionError) as info:
        client.conversations.create(replica_id="r1")
    assert not isinstance(info.value, APITimeoutError)
    assert route.call_count == 1
    assert info.value.may_have_been_processed is True
    assert "may have been processed" in str(info.value)
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)


@pytest.mark.parametrize("exc", [httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteTimeout])
def test_get_is_retried_on_maybe_sent_errors(exc: type, client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").mock(side_effect=[exc("boom"), OK])
    assert client.replicas.get("r1").replica_id == "r1"
    assert route.call_count == 2


@pytest.mark.parametrize("exc", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_post_is_retried_when_the_connection_was_never_established(
    exc: type, client: Any, api: respx.MockRouter
) -> None:
    route = api.post("/v2/replicas").mock(side_effect=[exc("refused"), OK])
    assert client.replicas.create(train_video_url="https://e.com/t.mp4").replica_id == "r1"
    assert route.call_count == 2


def test_patch_is_retried_on_connect_error(client: Any, api: respx.MockRouter) -> None:
    route = api.patch("/v2/personas/p1").mock(side_effect=[httpx.ConnectError("refused"), httpx.Response(200)])
    assert client.personas.update("p1", system_prompt="c") is None
    assert route.call_count == 2


def test_connect_error_on_every_attempt_says_not_processed(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/replicas").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as info:
        client.replicas.create(train_video_url="https://e.com/t.mp4")
    assert route.call_count == 3
    assert info.value.may_have_been_processed is False
    assert "was not processed" in str(info.value)


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda c: c.replicas.create(train_video_url="https://e.com/t.mp4"), id="POST"),
        pytest.param(lambda c: c.replicas.rename("r1", replica_name="x"), id="PATCH"),
    ],
)
def test_post_and_patch_are_retried_on_429(call: Any, client: Any, api: respx.MockRouter) -> None:
    route = api.route(path__startswith="/v2/replicas").mock(side_effect=[*_responses(429), OK])
    call(client)
    assert route.call_count == 2


def test_429_on_every_attempt_raises_rate_limit_error(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/videos").respond(429, json={"error": "slow down"}, headers={"Retry-After": "1"})
    with pytest.raises(RateLimitError) as info:
        client.videos.create(replica_id="r1", script="s")
    assert route.call_count == 3
    assert info.value.message == "slow down"
    assert info.value.may_have_been_processed is False


# --- Retry-After and backoff ----------------------------------------------------------------------


def _get_with(client: Any, api: respx.MockRouter, *failures: httpx.Response) -> respx.Route:
    route = api.get("/v2/replicas/r1").mock(side_effect=[*failures, OK])
    client.replicas.get("r1")
    return route


def test_retry_after_seconds_is_honoured(client: Any, api: respx.MockRouter, clock: Any) -> None:
    _get_with(client, api, httpx.Response(429, headers={"Retry-After": "3"}))
    assert clock.sleeps == [3.0]


def test_retry_after_fractional_seconds(client: Any, api: respx.MockRouter, clock: Any) -> None:
    _get_with(client, api, httpx.Response(503, headers={"Retry-After": "0.25"}))
    assert clock.sleeps == [0.25]


def test_retry_after_http_date_is_honoured(client: Any, api: respx.MockRouter, clock: Any) -> None:
    date = email.utils.formatdate(NOW + 7, usegmt=True)
    _get_with(client, api, httpx.Response(503, headers={"Retry-After": date}))
    assert clock.sleeps == [pytest.approx(7.0)]


def test_retry_after_date_in_the_past_means_now(client: Any, api: respx.MockRouter, clock: Any) -> None:
    date = email.utils.formatdate(NOW - 100, usegmt=True)
    _get_with(client, api, httpx.Response(503, headers={"Retry-After": date}))
    assert clock.sleeps == [0.0]


@pytest.mark.parametrize("value", ["3600", "61", email.utils.formatdate(NOW + 3600, usegmt=True)])
def test_retry_after_is_capped_at_60_seconds(value: str, client: Any, api: respx.MockRouter, clock: Any) -> None:
    _get_with(client, api, httpx.Response(429, headers={"Retry-After": value}))
    assert clock.sleeps == [60.0]


@pytest.mark.parametrize("value", ["soon", "", "-5x"])
def test_unparseable_retry_after_falls_back_to_backoff(
    value: str, client: Any, api: respx.MockRouter, clock: Any
) -> None:
    _get_with(client, api, httpx.Response(503, headers={"Retry-After": value}))
    assert len(clock.sleeps) == 1
    assert 0.375 <= clock.sleeps[0] <= 0.5


@pytest.mark.parametrize("value", ["nan", "NaN"])
def test_nan_retry_after_falls_back_to_backoff(value: str, client: Any, api: respx.MockRouter, clock: Any) -> None:
    _get_with(client, api, httpx.Response(503, headers={"Retry-After": value}))
    assert len(clock.sleeps) == 1
    assert 0.0 <= clock.sleeps[0] <= 60.0


def test_infinite_retry_after_is_capped(client: Any, api: respx.MockRouter, clock: Any) -> None:
    _get_with(client, api, httpx.Response(503, headers={"Retry-After": "inf"}))
    assert clock.sleeps == [60.0]


def test_backoff_is_exponential_jittered_and_capped_at_8s(make_client: Any, api: respx.MockRouter, clock: Any) -> None:
    client = make_client(max_retries=7)
    route = api.get("/v2/replicas/r1").respond(503)
    with pytest.raises(InternalServerError):
        client.replicas.get("r1")
    assert route.call_count == 8
    nominal = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert len(clock.sleeps) == len(nominal)
    for delay, top in zip(clock.sleeps, nominal, strict=True):
        assert 0.75 * top <= delay <= top
    assert max(clock.sleeps) <= 8.0
    assert clock.sleeps[3] > clock.sleeps[0]
    ratios = {round(d / n, 9) for d, n in zip(clock.sleeps, nominal, strict=True)}
    assert len(ratios) > 1, "no jitter"


def test_max_retries_per_client(make_client: Any, api: respx.MockRouter, clock: Any) -> None:
    route = api.get("/v2/replicas/r1").respond(503)
    with pytest.raises(InternalServerError):
        make_client(max_retries=0).replicas.get("r1")
    assert route.call_count == 1
    assert clock.sleeps == []


def test_max_retries_via_with_options(client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").respond(503)
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=0).replicas.get("r1")
    assert route.call_count == 1
    with pytest.raises(InternalServerError):
        client.replicas.get("r1")
    assert route.call_count == 1 + 3
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=4).replicas.get("r1")
    assert route.call_count == 4 + 5


def test_every_retry_is_logged_at_debug(client: Any, api: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="tavus")
    api.get("/v2/replicas/r1").mock(
        side_effect=[httpx.Response(503), httpx.ConnectError("refused"), httpx.Response(200, json=R)]
    )
    client.replicas.get("r1")
    retries = [r for r in caplog.records if r.name == "tavus" and "retrying" in r.getMessage()]
    assert len(retries) == 2
    assert all(r.levelno == logging.DEBUG for r in retries)
    assert "status 503" in retries[0].getMessage()
    assert "ConnectError" in retries[1].getMessage()
    assert "GET https://tavusapi.com/v2/replicas/r1" in retries[0].getMessage()
    assert "retry 1 of 2" in retries[0].getMessage()


# --- async --------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_get_recovers_from_503(aclient: Any, api: respx.MockRouter, clock: Any) -> None:
    route = api.get("/v2/replicas/r1").mock(side_effect=[*_responses(503, 503), OK])
    assert (await aclient.replicas.get("r1")).replica_id == "r1"
    assert route.call_count == 3
    assert len(clock.sleeps) == 2


@pytest.mark.anyio
async def test_async_post_not_retried_on_500_or_read_timeout(aclient: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/videos").mock(side_effect=[*_responses(500), httpx.ReadTimeout("t"), OK])
    with pytest.raises(InternalServerError) as info:
        await aclient.videos.create(replica_id="r1", script="s")
    assert info.value.may_have_been_processed is True
    with pytest.raises(APITimeoutError) as info2:
        await aclient.videos.create(replica_id="r1", script="s")
    assert info2.value.may_have_been_processed is True
    assert route.call_count == 2


@pytest.mark.anyio
async def test_async_post_retried_on_connect_error_and_429(aclient: Any, api: respx.MockRouter, clock: Any) -> None:
    route = api.post("/v2/videos").mock(
        side_effect=[httpx.ConnectError("x"), httpx.Response(429, headers={"Retry-After": "2"}), OK]
    )
    await aclient.videos.create(replica_id="r1", script="s")
    assert route.call_count == 3
    assert clock.sleeps[1] == 2.0


@pytest.mark.anyio
async def test_async_fails_after_max_retries(make_aclient: Any, api: respx.MockRouter) -> None:
    client = make_aclient(max_retries=1)
    route = api.delete("/v2/videos/v1").respond(502)
    with pytest.raises(InternalServerError):
        await client.videos.delete("v1")
    assert route.call_count == 2
    with pytest.raises(InternalServerError):
        await client.with_options(max_retries=0).videos.delete("v1")
    assert route.call_count == 3
    await client.aclose()


# --- the whole table, at the transport, for every method ---------------------------------------

IDEMPOTENT = ["GET", "DELETE", "HEAD", "PUT", "OPTIONS"]
UNSAFE = ["POST", "PATCH"]
FAILURES: list[tuple[Any, bool, bool]] = [
    # failure, retried for idempotent methods, retried for POST/PATCH
    (httpx.ConnectError, True, True),
    (httpx.ConnectTimeout, True, True),
    (httpx.PoolTimeout, True, True),
    (429, True, True),
    (408, True, False),
    (500, True, False),
    (502, True, False),
    (503, True, False),
    (504, True, False),
    (httpx.ReadTimeout, True, False),
    (httpx.WriteTimeout, True, False),
    (httpx.ReadError, True, False),
    (httpx.WriteError, True, False),
    (httpx.RemoteProtocolError, True, False),
    (400, False, False),
    (401, False, False),
    (404, False, False),
    (409, False, False),
    (422, False, False),
    (501, False, False),
]


def _label(failure: Any) -> str:
    return str(getattr(failure, "__name__", failure))


MATRIX = [
    pytest.param(
        method, failure, idem if method in IDEMPOTENT else unsafe, id=f"{method}-{_label(failure)}"
    )
    for failure, idem, unsafe in FAILURES
    for method in IDEMPOTENT + UNSAFE
]  # fmt: skip


def _handler(failure: Any, calls: list[httpx.Request]) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            if isinstance(failure, int):
                return httpx.Response(failure)
            raise failure("injected", request=request)
        return httpx.Response(200)

    return handle


@pytest.mark.parametrize(("method", "failure", "retried"), MATRIX)
def test_retry_table(method: str, failure: Any, retried: bool) -> None:
    calls: list[httpx.Request] = []
    clock = InstantClock(wall=NOW)
    sleeps = clock.sleeps
    policy = RetryPolicy(max_retries=2, clock=clock)
    with httpx.Client(transport=RetryTransport(httpx.MockTransport(_handler(failure, calls)))) as http:
        if isinstance(failure, int) or retried:
            response = http.request(method, "https://tavusapi.com/x", extensions={EXTENSION: policy})
            assert response.status_code == (200 if retried else failure)
        else:
            with pytest.raises(failure):
                http.request(method, "https://tavusapi.com/x", extensions={EXTENSION: policy})
    assert len(calls) == (2 if retried else 1)
    assert len(sleeps) == (1 if retried else 0)


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "failure", "retried"), MATRIX[::3])
async def test_async_retry_table(method: str, failure: Any, retried: bool) -> None:
    calls: list[httpx.Request] = []
    clock = InstantClock(wall=NOW)
    sleeps = clock.sleeps
    policy = RetryPolicy(max_retries=2, clock=clock)
    transport = AsyncRetryTransport(httpx.MockTransport(_handler(failure, calls)))
    async with httpx.AsyncClient(transport=transport) as http:
        if isinstance(failure, int) or retried:
            response = await http.request(method, "https://tavusapi.com/x", extensions={EXTENSION: policy})
            assert response.status_code == (200 if retried else failure)
        else:
            with pytest.raises(failure):
                await http.request(method, "https://tavusapi.com/x", extensions={EXTENSION: policy})
    assert len(calls) == (2 if retried else 1)
    assert len(sleeps) == (1 if retried else 0)


def test_retry_count_is_recorded_in_the_log(
    client: Any, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tavus")
    _get_with(client, api, httpx.Response(503))
    info = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(info) == 1
    assert "-> 200" in info[0]
    assert "(retries: 1)" in info[0]
    assert API_KEY not in info[0]


def test_bad_request_is_not_retried(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/replicas").respond(400, json={"error": "bad"})
    with pytest.raises(BadRequestError):
        client.replicas.create(train_video_url="https://e.com/t.mp4")
    assert route.call_count == 1
