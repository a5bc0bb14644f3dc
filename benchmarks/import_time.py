"""Import cost in fresh interpreters: `import tavus` vs `import httpx`, and the time to a first call.

Each sample is one new `python` process that times its own import with perf_counter (so the
interpreter's start-up is left out); samples alternate httpx, tavus, first-call. Medians.
Bytecode is cached for every module alike, as after a wheel install (pip compiles .pyc files):
the children run with PYTHONPYCACHEPREFIX=build/bench/pycache, where the warm-up writes it, even
if the caller set PYTHONDONTWRITEBYTECODE (then the editable tavus/tavus_api would be compiled
from source on every run while httpx's site-packages .pyc files are read).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

TIMED = "import time; t = time.perf_counter(); {body}; print(time.perf_counter() - t)"
FIRST_CALL = (
    "import httpx, tavus; "
    "from benchmarks._fixtures import API_KEY, BASE_URL, REPLICA_ID, fixed_handler; "
    "http = httpx.Client(transport=httpx.MockTransport(fixed_handler)); "
    "c = tavus.Tavus(api_key=API_KEY, base_url=BASE_URL, http_client=http); "
    "c.replicas.get(REPLICA_ID)"
)
PROGRAMS = {"import httpx": "import httpx", "import tavus": "import tavus", "first replicas.get": FIRST_CALL}


PYCACHE = Path("build/bench/pycache").resolve()
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": str(PYCACHE)}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], check=True, capture_output=True, text=True, env=ENV)


def _sample(body: str) -> float:
    out = _run("-c", TIMED.format(body=body))
    return float(out.stdout.strip())


def _self_time_by_package(body: str, count: int, runs: int = 3) -> dict[str, float]:
    """Where an import goes: ms of self time per top-level package, median of `python -X importtime` runs."""
    per_run: list[dict[str, float]] = []
    for _ in range(runs):
        totals: dict[str, float] = {}
        for line in _run("-X", "importtime", "-c", body).stderr.splitlines():
            parts = line.removeprefix("import time:").split("|")
            if len(parts) == 3 and parts[0].strip().isdigit():
                package = parts[2].strip().split(".")[0]
                totals[package] = totals.get(package, 0.0) + int(parts[0]) / 1000
        per_run.append(totals)
    packages = {name for totals in per_run for name in totals}
    medians = {name: statistics.median(totals.get(name, 0.0) for totals in per_run) for name in packages}
    return dict(sorted(medians.items(), key=lambda kv: -kv[1])[:count])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=int, default=15)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    for body in PROGRAMS.values():  # warm the OS page cache and the .pyc files
        _sample(body)
    values: dict[str, list[float]] = {name: [] for name in PROGRAMS}
    for _ in range(args.samples):
        for name, body in PROGRAMS.items():
            values[name].append(_sample(body))
    med = {name: statistics.median(v) * 1000 for name, v in values.items()}
    data = {
        "samples": args.samples,
        "median_ms": med,
        "ratio_tavus_httpx": med["import tavus"] / med["import httpx"],
        "import_tavus_by_package_ms": _self_time_by_package("import tavus", 6),
        "first_call_by_package_ms": _self_time_by_package(FIRST_CALL, 6),
    }
    text = json.dumps(data, indent=2)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text)
    else:
        print(text)


if __name__ == "__main__":
    main()
