"""Per-call overhead in one process: every contender calls the same MockTransport, interleaved.

Each round times one block of `n` calls per contender (n calibrated to ~BLOCK_SECONDS), in a
rotated order; the per-call time of a block is one value. We report the median value, and each
ratio as the median of the per-round ratios (paired, so slow drifts of the machine cancel out).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pyperf  # type: ignore[import-untyped]

from benchmarks._fixtures import API_KEY, BASE_URL, CREATE_BODY, REPLICA_ID, fixed_handler
from benchmarks._official import make_official, official_version

BLOCK_SECONDS = 0.02
WARMUP_ROUNDS = 3
CASES = ("replicas.get", "replicas.create", "personas.list(100)")
SYNC_RAW, GENERATED, WRAPPER = "raw httpx", "tavus_api (generated)", "Tavus (wrapper)"
ASYNC_RAW, ASYNC_WRAPPER, OFFICIAL = "raw httpx async", "AsyncTavus (wrapper)", "tavus-cli TavusClient"

Block = Callable[[int], float]  # runs n calls, returns the elapsed seconds


@dataclass
class Contender:
    name: str
    block: Block
    n: int = 1
    values: list[float] = field(default_factory=list)  # seconds per call, one per round


def _sync_block(call: Callable[[], object]) -> Block:
    def block(n: int) -> float:
        start = time.perf_counter()
        for _ in range(n):
            call()
        return time.perf_counter() - start

    return block


def _async_block(loop: asyncio.AbstractEventLoop, call: Callable[[], Awaitable[object]]) -> Block:
    async def many(n: int) -> None:
        for _ in range(n):
            await call()

    def block(n: int) -> float:
        start = time.perf_counter()
        loop.run_until_complete(many(n))
        return time.perf_counter() - start

    return block


def build_contenders(loop: asyncio.AbstractEventLoop) -> tuple[dict[str, dict[str, Block]], str | None]:
    """{case: {contender: block}}, and why the official client is missing (None if it is there)."""
    import tavus
    from tavus_api.api.personas import list_personas
    from tavus_api.api.replicas import create_replica, get_replica
    from tavus_api.client import AuthenticatedClient
    from tavus_api.models.create_replica_body import CreateReplicaBody

    transport = httpx.MockTransport(fixed_handler)
    headers = {"x-api-key": API_KEY}
    raw = httpx.Client(transport=transport, base_url=BASE_URL, headers=headers)
    araw = httpx.AsyncClient(transport=transport, base_url=BASE_URL, headers=headers)
    gen = AuthenticatedClient(
        base_url=BASE_URL, token=API_KEY, auth_header_name="x-api-key", prefix="", httpx_args={"transport": transport}
    )
    wrap = tavus.Tavus(api_key=API_KEY, base_url=BASE_URL, http_client=httpx.Client(transport=transport))
    awrap = tavus.AsyncTavus(api_key=API_KEY, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport))
    url = f"/v2/replicas/{REPLICA_ID}"

    cases: dict[str, dict[str, Block]] = {
        "replicas.get": {
            SYNC_RAW: _sync_block(lambda: raw.get(url).json()),
            GENERATED: _sync_block(lambda: get_replica.sync(REPLICA_ID, client=gen)),
            WRAPPER: _sync_block(lambda: wrap.replicas.get(REPLICA_ID)),
            ASYNC_RAW: _async_block(loop, lambda: _ajson(araw.get(url))),
            ASYNC_WRAPPER: _async_block(loop, lambda: awrap.replicas.get(REPLICA_ID)),
        },
        "replicas.create": {
            SYNC_RAW: _sync_block(lambda: raw.post("/v2/replicas", json=CREATE_BODY).json()),
            GENERATED: _sync_block(
                lambda: create_replica.sync(client=gen, body=CreateReplicaBody.from_dict(dict(CREATE_BODY)))
            ),
            WRAPPER: _sync_block(lambda: wrap.replicas.create(**CREATE_BODY)),
            ASYNC_RAW: _async_block(loop, lambda: _ajson(araw.post("/v2/replicas", json=CREATE_BODY))),
            ASYNC_WRAPPER: _async_block(loop, lambda: awrap.replicas.create(**CREATE_BODY)),
        },
        "personas.list(100)": {
            SYNC_RAW: _sync_block(lambda: raw.get("/v2/personas", params={"limit": 100}).json()),
            GENERATED: _sync_block(lambda: list_personas.sync(client=gen, limit=100)),
            WRAPPER: _sync_block(lambda: wrap.personas.list(limit=100)),
            ASYNC_RAW: _async_block(loop, lambda: _ajson(araw.get("/v2/personas", params={"limit": 100}))),
            ASYNC_WRAPPER: _async_block(loop, lambda: awrap.personas.list(limit=100)),
        },
    }
    try:
        _, replicas, personas = make_official(transport)
    except Exception as exc:  # not installed, or its API moved: say so in the results
        return cases, f"{type(exc).__name__}: {exc}"
    cases["replicas.get"][OFFICIAL] = _async_block(loop, lambda: replicas.get(REPLICA_ID))
    cases["replicas.create"][OFFICIAL] = _async_block(loop, lambda: replicas.create(dict(CREATE_BODY)))
    cases["personas.list(100)"][OFFICIAL] = _async_block(loop, lambda: personas.list(limit=100))
    return cases, None


async def _ajson(pending: Awaitable[httpx.Response]) -> Any:
    return (await pending).json()


def _calibrate(block: Block) -> int:
    """Calls per block so that a block lasts about BLOCK_SECONDS (after a warm-up of as long)."""
    block(1)  # the first call imports lazily (the wrapper's resources, the generated models)
    n = 1
    while (elapsed := min(block(n) for _ in range(3))) < BLOCK_SECONDS / 2:
        n *= 2
    return max(1, round(n * BLOCK_SECONDS / elapsed))


def measure(blocks: dict[str, Block], rounds: int) -> list[Contender]:
    contenders = [Contender(name, block) for name, block in blocks.items()]
    for c in contenders:
        c.n = _calibrate(c.block)
    for r in range(WARMUP_ROUNDS + rounds):
        shift = r % len(contenders)
        for c in contenders[shift:] + contenders[:shift]:
            gc.collect()
            elapsed = c.block(c.n)
            if r >= WARMUP_ROUNDS:
                c.values.append(elapsed / c.n)
    return contenders


def paired_ratio(a: Contender, b: Contender) -> float:
    return statistics.median(x / y for x, y in zip(a.values, b.values, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--pyperf", type=Path, help="also write a pyperf suite (python -m pyperf stats FILE)")
    args = parser.parse_args()

    loop = asyncio.new_event_loop()
    cases, official_missing = build_contenders(loop)
    results: dict[str, list[Contender]] = {case: measure(blocks, args.rounds) for case, blocks in cases.items()}
    loop.close()

    data: dict[str, Any] = {"official_missing": official_missing, "official_version": official_version(), "cases": {}}
    benchmarks = []
    for case, contenders in results.items():
        by_name = {c.name: c for c in contenders}
        rows = {}
        for c in contenders:
            base = by_name[ASYNC_RAW if c.name in (ASYNC_RAW, ASYNC_WRAPPER, OFFICIAL) else SYNC_RAW]
            rows[c.name] = {
                "median_us": statistics.median(c.values) * 1e6,
                "q1_us": statistics.quantiles(c.values, n=4)[0] * 1e6,
                "q3_us": statistics.quantiles(c.values, n=4)[2] * 1e6,
                "calls_per_block": c.n,
                "rounds": len(c.values),
                "vs_raw": paired_ratio(c, base),
            }
            meta = {"name": f"{case} / {c.name}", "loops": c.n, "unit": "second"}
            benchmarks.append(pyperf.Benchmark([pyperf.Run(c.values, metadata=meta, collect_metadata=False)]))
        rows[WRAPPER]["vs_generated"] = paired_ratio(by_name[WRAPPER], by_name[GENERATED])
        if OFFICIAL in by_name:
            rows[ASYNC_WRAPPER]["vs_official"] = paired_ratio(by_name[ASYNC_WRAPPER], by_name[OFFICIAL])
        data["cases"][case] = rows
    if args.pyperf:
        args.pyperf.parent.mkdir(parents=True, exist_ok=True)
        args.pyperf.unlink(missing_ok=True)
        pyperf.BenchmarkSuite(benchmarks).dump(str(args.pyperf))
    text = json.dumps(data, indent=2)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text)
    else:
        print(text)


if __name__ == "__main__":
    main()
