"""Concurrency and resources (issue 7, part 6): 200 concurrent calls over loopback without errors or
leaked connections; 10,000 sequential calls without memory growth; no use after close()."""

from __future__ import annotations

import gc
import os
import time
import tracemalloc
from typing import Any

import anyio
import httpx
import pytest

import tavus
from tavus.testing import FakeTavus

CONCURRENT = 200


def open_sockets() -> int:
    """Sockets this process holds open (Linux: /proc/self/fd)."""
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}").startswith("socket:"):
                count += 1
        except OSError:
            continue
    return count


def _pool(client: tavus.AsyncTavus) -> Any:
    transport = client._shared.http._transport
    assert isinstance(transport, tavus._retry.AsyncRetryTransport)
    assert isinstance(transport.wrapped, httpx.AsyncHTTPTransport)
    return transport.wrapped._pool


@pytest.mark.anyio
async def test_200_concurrent_calls_over_loopback() -> None:
    with FakeTavus() as fake, fake.serve(host="127.0.0.1", port=0) as served:
        sockets_before = open_sockets()
        client = tavus.AsyncTavus(api_key=fake.api_key, base_url=served.base_url)
        pool = _pool(client)
        assert pool.connections == []
        results: list[object] = []
        errors: list[BaseException] = []

        async def one(i: int) -> None:
            try:
                if i % 2:
                    results.append(await client.replicas.get(FakeTavus.STOCK_REPLICA_ID))
                else:
                    results.append(await client.replicas.list(limit=5))
            except BaseException as exc:
                errors.append(exc)

        started = time.perf_counter()
        with anyio.fail_after(60):
            async with anyio.create_task_group() as tg:
                for i in range(CONCURRENT):
                    tg.start_soon(one, i)
        elapsed = time.perf_counter() - started
        assert errors == []
        assert len(results) == CONCURRENT
        assert sum(r.executed for r in fake.requests) == CONCURRENT
        in_pool = len(pool.connections)
        assert 0 < in_pool <= 100  # DEFAULT_LIMITS.max_connections
        assert all(c.is_idle() for c in pool.connections)  # every response was released
        await client.close()
        assert pool.connections == []
        with pytest.raises(tavus.ClientClosedError):
            await client.replicas.get(FakeTavus.STOCK_REPLICA_ID)
        await anyio.sleep(0.05)
        gc.collect()
        assert open_sockets() <= sockets_before
    FIGURES["200 concurrent calls: wall time (s)"] = round(elapsed, 2)
    FIGURES["200 concurrent calls: pooled connections after"] = in_pool
    FIGURES["sockets: before / after close"] = f"{sockets_before} / {open_sockets()}"


FIGURES: dict[str, object] = {}


def _run_calls(client: tavus.Tavus, n: int) -> None:
    for _ in range(n):
        client.replicas.get("r1")


def _growth(client: tavus.Tavus, n: int) -> int:
    gc.collect()
    before = tracemalloc.take_snapshot()
    _run_calls(client, n)
    gc.collect()
    after = tracemalloc.take_snapshot()
    return sum(stat.size_diff for stat in after.compare_to(before, "filename"))


def test_10000_sequential_calls_do_not_grow_memory() -> None:
    body = {"replica_id": "r1", "status": "completed", "replica_name": "R"}
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body)))
    client = tavus.Tavus(api_key="sk-test", base_url="https://tavusapi.com", http_client=http)
    tracemalloc.start()
    try:
        _run_calls(client, 500)  # warm-up: imports, caches
        small = _growth(client, 2_000)
        large = _growth(client, 10_000)
    finally:
        tracemalloc.stop()
        client.close()
    FIGURES["memory growth after 2,000 calls (B)"] = small
    FIGURES["memory growth after 10,000 calls (B)"] = large
    assert large < 200_000, f"10,000 calls grew memory by {large} bytes"
    assert large < max(5 * small, 50_000), f"growth grows with calls: {small} B (2,000) -> {large} B (10,000)"


def test_sync_client_used_after_close_raises() -> None:
    with FakeTavus() as fake:
        client = fake.client()
        assert client.replicas.get(FakeTavus.STOCK_REPLICA_ID) is not None
        client.close()
        copy = client.with_options(max_retries=0)
        sent = len(fake.requests)
        with pytest.raises(tavus.ClientClosedError):
            client.replicas.get(FakeTavus.STOCK_REPLICA_ID)
        with pytest.raises(tavus.ClientClosedError):
            copy.replicas.list()
        with pytest.raises(tavus.ClientClosedError):
            client.replicas.create(train_video_url="https://example.com/a.mp4")
        assert len(fake.requests) == sent


def test_own_pool_is_closed_with_the_client() -> None:
    client = tavus.Tavus(api_key="sk-test", base_url="https://tavusapi.com")
    assert not client._shared.http.is_closed
    client.close()
    assert client._shared.http.is_closed
    with pytest.raises(tavus.ClientClosedError):
        client.videos.get("v1")
