"""`fake.client()` / `fake.async_client()`: the SDK wired to the fake, its sleeps on the fake clock."""

from __future__ import annotations

import asyncio

import pytest

import tavus
from tavus.testing import FakeTavus

VIDEO_URL = "https://example.com/train.mp4"


def test_the_client_waits_for_training_on_the_fake_clock(fake: FakeTavus) -> None:
    client = fake.client()
    created = client.replicas.create(train_video_url=VIDEO_URL)
    start = fake.now()
    replica = client.replicas.wait(str(created.replica_id), poll_interval=30)
    assert replica.status == "completed"
    assert fake.now() - start >= fake.settings.replica_training_seconds  # no real time spent


def test_a_dropped_create_is_not_retried(fake: FakeTavus) -> None:
    client = fake.client()
    fake.drop_connection("createReplica", after_processing=True)
    with pytest.raises(tavus.APIConnectionError):
        client.replicas.create(train_video_url=VIDEO_URL)
    assert fake.executed("createReplica") == 1
    assert len([r for r in fake.requests if r.operation_id == "createReplica"]) == 1


def test_idempotent_reads_are_retried_through_injected_503s(fake: FakeTavus) -> None:
    client = fake.client()
    fake.fail_next("getReplica", status=503, times=2, retry_after=3)
    start = fake.now()
    assert client.replicas.get(FakeTavus.STOCK_REPLICA_ID).replica_id == FakeTavus.STOCK_REPLICA_ID
    assert [r.status for r in fake.requests] == [503, 503, 200]
    assert fake.now() - start >= 6  # Retry-After honoured, on the fake clock


def test_the_async_client(fake: FakeTavus) -> None:
    async def scenario() -> str:
        client = fake.async_client()
        fake.refuse_connection("getReplica")  # never sent, so safe to retry
        replica = await client.replicas.get(FakeTavus.STOCK_REPLICA_ID)
        return str(replica.replica_id)

    assert asyncio.run(scenario()) == FakeTavus.STOCK_REPLICA_ID
    assert [r.fault for r in fake.requests] == ["refuse_connection", None]


def test_closing_a_fake_client_closes_the_http_client_made_for_it() -> None:
    with FakeTavus() as fake:
        client = fake.client()
        http = client._shared.http
        client.close()
        assert http.is_closed
        aclient = fake.async_client()
        ahttp = aclient._shared.http
        asyncio.run(aclient.aclose())
        assert ahttp.is_closed


def test_a_client_your_code_builds_on_the_fake_transport_waits_on_the_fake_clock(fake: FakeTavus) -> None:
    """Before: `wait()` with its 6 h default slept in real time while the fake clock stood still."""
    import httpx

    http = httpx.Client(transport=fake.transport)
    client = tavus.Tavus(api_key=fake.api_key, base_url=fake.base_url, http_client=http)  # as your code would
    assert client._clock is fake.clock
    created = client.replicas.create(train_video_url=VIDEO_URL)
    start = fake.now()
    assert client.replicas.wait(str(created.replica_id)).status == "completed"  # default timeout and interval
    assert fake.now() - start >= fake.settings.replica_training_seconds
    http.close()


@pytest.mark.anyio
async def test_an_async_client_your_code_builds_on_the_fake_transport_too(fake: FakeTavus) -> None:
    import httpx

    async with httpx.AsyncClient(transport=fake.async_transport) as http:
        client = tavus.AsyncTavus(api_key=fake.api_key, base_url=fake.base_url, http_client=http)
        created = await client.replicas.create(train_video_url=VIDEO_URL)
        start = fake.now()
        assert (await client.replicas.wait(str(created.replica_id))).status == "completed"
        assert fake.now() - start >= fake.settings.replica_training_seconds


def test_a_given_clock_wins_over_the_transports(fake: FakeTavus) -> None:
    clock = tavus.SystemClock()
    assert fake.client(clock=clock)._clock is clock


def test_fake_client_takes_another_key_for_testing_401_handling(fake: FakeTavus) -> None:
    """Before: TypeError: got multiple values for keyword argument 'api_key'."""
    client = fake.client(api_key="wrong")
    with pytest.raises(tavus.AuthenticationError) as info:
        client.replicas.get(FakeTavus.STOCK_REPLICA_ID)
    assert info.value.status_code == 401
    assert "wrong" not in str(info.value)
