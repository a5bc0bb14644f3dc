"""2,000 GETs at concurrency 50 over real HTTP on 127.0.0.1: `AsyncTavus` vs raw `httpx.AsyncClient`.

The server runs in its own process (the stateful fake if `tavus.testing` is there, else
benchmarks/server.py), started here on a free port and stopped by its PID. Both clients get the
same `httpx.Limits(max_connections=50)`. Rounds alternate raw, wrapper, raw, wrapper... after a
warm-up; throughput is the median round (ratio of the medians), latencies are pooled.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

import tavus
from benchmarks._fixtures import API_KEY, CREATE_BODY, REPLICA_ID

REQUESTS = 2000
CONCURRENCY = 50
LIMITS = httpx.Limits(max_connections=CONCURRENCY)
RAW, WRAPPER = "raw httpx.AsyncClient", "AsyncTavus (wrapper)"
LOG_DIR = Path("build/bench")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _has_fake() -> bool:
    try:
        import tavus.testing  # noqa: F401
    except ImportError:
        return False
    return True


def _wait_until_listening(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    for _ in range(200):  # 10 s at most
        if process.poll() is not None:
            err = log.read_text(errors="replace").strip().splitlines()
            raise RuntimeError(f"the server exited with {process.returncode}: {err[-1] if err else 'no output'}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("the server did not listen within 10 s")


@contextmanager
def serve(command: list[str], port: int) -> Iterator[subprocess.Popen[bytes]]:
    """Run the server until the block ends; its output goes to a file (a pipe could fill and block it)."""
    log = LOG_DIR / f"server-{port}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_until_listening(port, process, log)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _seed_fake(base_url: str) -> str:
    """Create one replica on the fake and return its id (the fake is stateful)."""
    response = httpx.post(f"{base_url}/v2/replicas", json=CREATE_BODY, headers={"x-api-key": API_KEY}, timeout=10)
    response.raise_for_status()
    replica_id: str = response.json()["replica_id"]
    httpx.get(f"{base_url}/v2/replicas/{replica_id}", headers={"x-api-key": API_KEY}, timeout=10).raise_for_status()
    return replica_id


async def _load(call: Callable[[], Awaitable[object]], requests: int) -> tuple[float, float, list[float]]:
    """`requests` calls by CONCURRENCY workers; (wall s, client CPU s, each call's latency in s)."""
    remaining = requests
    latencies: list[float] = []

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            start = time.perf_counter()
            await call()
            latencies.append(time.perf_counter() - start)

    start, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return time.perf_counter() - start, time.process_time() - cpu, latencies


async def _bench(base_url: str, replica_id: str, rounds: int) -> dict[str, Any]:
    raw = httpx.AsyncClient(base_url=base_url, headers={"x-api-key": API_KEY}, limits=LIMITS)
    wrap = tavus.AsyncTavus(api_key=API_KEY, base_url=base_url, http_client=httpx.AsyncClient(limits=LIMITS))
    url = f"/v2/replicas/{replica_id}"

    async def raw_get() -> object:
        return (await raw.get(url)).json()

    calls: dict[str, Callable[[], Awaitable[object]]] = {RAW: raw_get, WRAPPER: lambda: wrap.replicas.get(replica_id)}
    for call in calls.values():  # warm-up: open the 50 connections, lazy imports
        await _load(call, 4 * CONCURRENCY)
    throughputs: dict[str, list[float]] = {name: [] for name in calls}
    cpu_per_call: dict[str, list[float]] = {name: [] for name in calls}
    latencies: dict[str, list[float]] = {name: [] for name in calls}
    for r in range(rounds):
        order = list(calls) if r % 2 == 0 else list(reversed(calls))
        for name in order:
            wall, cpu, lat = await _load(calls[name], REQUESTS)
            throughputs[name].append(REQUESTS / wall)
            cpu_per_call[name].append(cpu / REQUESTS)
            latencies[name].extend(lat)
    await raw.aclose()
    await wrap.close()
    await wrap._shared.http.aclose()
    result: dict[str, Any] = {}
    for name in calls:
        cuts = statistics.quantiles(latencies[name], n=100)
        result[name] = {
            "requests_per_s": statistics.median(throughputs[name]),
            "p50_ms": statistics.median(latencies[name]) * 1000,
            "p99_ms": cuts[98] * 1000,
            "client_cpu_us": statistics.median(cpu_per_call[name]) * 1e6,
        }
    # Ratio of the median throughputs: here the noise changes within a round, so pairing rounds
    # does not cancel it; the per-round ratios are kept to show the spread.
    ratios = [w / r for w, r in zip(throughputs[WRAPPER], throughputs[RAW], strict=True)]
    result[WRAPPER]["vs_raw"] = result[WRAPPER]["requests_per_s"] / result[RAW]["requests_per_s"]
    result[WRAPPER]["vs_raw_per_round"] = ratios
    result[WRAPPER]["cpu_vs_raw"] = statistics.median(
        w / r for w, r in zip(cpu_per_call[WRAPPER], cpu_per_call[RAW], strict=True)
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    data: dict[str, Any] = {"requests": REQUESTS, "concurrency": CONCURRENCY, "rounds": args.rounds}
    fake_error = None
    if _has_fake():
        command = [sys.executable, "-m", "tavus.testing", "serve", "--host", "127.0.0.1", "--port", str(port)]
        command += ["--api-key", API_KEY, "--log-level", "warning"]
        try:
            with serve(command, port):
                replica_id = _seed_fake(base_url)
                data["server"] = "tavus.testing fake (python -m tavus.testing serve)"
                data["results"] = asyncio.run(_bench(base_url, replica_id, args.rounds))
        except Exception as exc:  # the fake is being written: fall back, and say why
            fake_error = f"{type(exc).__name__}: {exc}"
    else:
        fake_error = "tavus.testing is not there yet"
    if "results" not in data:
        data["server"] = "benchmarks/server.py (bare ASGI on uvicorn)"
        data["fake_unused_because"] = fake_error
        port = _free_port()
        base_url = f"http://127.0.0.1:{port}"
        with serve([sys.executable, "-m", "benchmarks.server", "--port", str(port)], port):
            data["results"] = asyncio.run(_bench(base_url, REPLICA_ID, args.rounds))
    text = json.dumps(data, indent=2)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text)
    else:
        print(text)


if __name__ == "__main__":
    main()
