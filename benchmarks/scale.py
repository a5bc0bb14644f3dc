"""Iterate 10,000 replicas through `client.replicas.iter(limit=N)`: time, and tracemalloc's peak.

The MockTransport slices an in-memory list (built before tracing starts) and answers with
`total_count`, so the peak is what the client holds while it walks: it should follow the page
size N, not the 10,000 items; the same walk over 20,000 items must peak at about the same.
A last row keeps every item (`list(...)`) to show what unbounded
growth would look like with the same measurement.
"""

from __future__ import annotations

import argparse
import gc
import json
import time
import tracemalloc
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import httpx

import tavus
from benchmarks._fixtures import API_KEY, BASE_URL, paged_handler

TOTAL = 10_000
PAGE_SIZES = (10, 100, 1000)


def _client(total: int) -> tavus.Tavus:
    transport = httpx.MockTransport(paged_handler(total))
    return tavus.Tavus(api_key=API_KEY, base_url=BASE_URL, http_client=httpx.Client(transport=transport))


def _walk(items: Iterable[Any]) -> int:
    count = 0
    for _ in items:
        count += 1
    return count


def _keep(items: Iterable[Any]) -> int:
    return len(list(items))


def _peak_kib(client: tavus.Tavus, limit: int, consume: Callable[[Iterable[Any]], int]) -> float:
    gc.collect()
    tracemalloc.start()
    consume(client.replicas.iter(limit=limit))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1024


def _run(limit: int, consume: Callable[[Iterable[Any]], int]) -> dict[str, Any]:
    client = _client(TOTAL)
    consume(client.replicas.iter(limit=limit))  # warm-up: lazy imports, caches
    gc.collect()
    start = time.perf_counter()
    count = consume(client.replicas.iter(limit=limit))
    elapsed = time.perf_counter() - start
    assert count == TOTAL, count
    return {
        "limit": limit,
        "items": count,
        "pages": -(-TOTAL // limit),
        "seconds": elapsed,
        "peak_kib": _peak_kib(client, limit, consume),
        "peak_kib_2x_items": _peak_kib(_client(2 * TOTAL), limit, consume),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = [{**_run(n, _walk), "mode": "iterate"} for n in PAGE_SIZES]
    rows.append({**_run(100, _keep), "mode": "list() keeps all"})
    text = json.dumps({"total": TOTAL, "rows": rows}, indent=2)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text)
    else:
        print(text)


if __name__ == "__main__":
    main()
