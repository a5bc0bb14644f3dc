"""Run every benchmark in its own fresh process, print the markdown tables, write benchmarks/results.md."""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import subprocess
import sys
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

OUT = Path("build/bench")
RESULTS = Path("benchmarks/results.md")
GET_VS_RAW, VS_GENERATED, IMPORT_RATIO, CONCURRENCY_RATIO = 1.10, 1.05, 1.3, 0.9
# Issue 15: a list or get of the wrapper against raw httpx + .json(); reading a nested field of every item.
RESOURCE_VS_RAW, NESTED_VS_RAW = 1.10, 1.25


def _run(module: str, *args: str) -> dict[str, Any]:
    target = OUT / f"{module}.json"
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", f"benchmarks.{module}", "--json", str(target), *args], check=True)
    print(f"  {module}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    data: dict[str, Any] = json.loads(target.read_text())
    return data


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _cores() -> int:
    return os.cpu_count() or 0


def _mark(ok: bool) -> str:
    return "met" if ok else "**missed**"


def _overhead(data: dict[str, Any], verdicts: list[str]) -> list[str]:
    lines = [
        "## 1. Per-call overhead (same MockTransport, same bytes; one process, interleaved)",
        "",
        "| case | contender | median µs/call | IQR µs | vs raw httpx | wrapper vs generated | AsyncTavus vs official |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for case, rows in data["cases"].items():
        for name, r in rows.items():
            gen = f"{r['vs_generated']:.3f}" if "vs_generated" in r else ""
            off = f"{r['vs_official']:.3f}" if "vs_official" in r else ""
            iqr = f"{r['q1_us']:.1f}–{r['q3_us']:.1f}"
            lines.append(f"| {case} | {name} | {r['median_us']:.1f} | {iqr} | {r['vs_raw']:.3f} | {gen} | {off} |")
    lines.append("")
    lines.append("Async contenders are compared with the async raw-httpx baseline, sync ones with sync raw httpx.")
    if data["official_missing"]:
        lines.append(f"The official client (tavus-cli) is missing from this run: {data['official_missing']}.")
    else:
        lines.append(
            f"Official client: tavus-cli {data['official_version']}, `tavus_mcp.sdk.client.http.TavusClient` "
            '(async only; returns plain dicts) via its generic `Resource(client, "replicas"|"personas")`.'
        )
    cases = data["cases"]
    get_ratio = cases["replicas.get"]["Tavus (wrapper)"]["vs_raw"]
    ok = get_ratio <= GET_VS_RAW
    verdicts.append(f"wrapper/raw for replicas.get = {get_ratio:.3f} (target <= {GET_VS_RAW}): {_mark(ok)}")
    for case, rows in cases.items():
        ratio = rows["Tavus (wrapper)"]["vs_generated"]
        ok = ratio <= VS_GENERATED
        verdicts.append(f"wrapper/generated for {case} = {ratio:.3f} (target <= {VS_GENERATED}): {_mark(ok)}")
        if "vs_official" in rows["AsyncTavus (wrapper)"]:
            ratio = rows["AsyncTavus (wrapper)"]["vs_official"]
            verdicts.append(f"AsyncTavus/official for {case} = {ratio:.3f} (target < 1): {_mark(ratio < 1)}")
    return lines


def _imports(data: dict[str, Any], verdicts: list[str]) -> list[str]:
    med = data["median_ms"]
    lines = [
        f"## 3. Import time (fresh processes, median of {data['samples']}, bytecode cached)",
        "",
        "| program | median ms |",
        "|---|---:|",
        *(f"| `{name}` | {ms:.1f} |" for name, ms in med.items()),
        "",
        f"tavus / httpx = {data['ratio_tavus_httpx']:.2f}.",
        "Self time by top-level package (median of 3 `-X importtime` runs, ms): `import tavus` "
        + ", ".join(f"{k} {v:.1f}" for k, v in data["import_tavus_by_package_ms"].items())
        + "; first `replicas.get` "
        + ", ".join(f"{k} {v:.1f}" for k, v in data["first_call_by_package_ms"].items())
        + ".",
    ]
    ratio = data["ratio_tavus_httpx"]
    ok = ratio <= IMPORT_RATIO
    verdicts.append(f"import tavus / import httpx = {ratio:.2f} (target <= {IMPORT_RATIO}): {_mark(ok)}")
    first = med["first replicas.get"] / med["import httpx"]
    verdicts.append(
        f"first replicas.get in a fresh process / import httpx = {first:.2f} (target <= {IMPORT_RATIO}): "
        + _mark(first <= IMPORT_RATIO)
    )
    return lines


def _resources(data: dict[str, Any], verdicts: list[str]) -> list[str]:
    from benchmarks.resources import NESTED

    lines = [
        "## 2. Every list and get against raw httpx + `.json()` (same MockTransport, same bytes; one process, "
        f"interleaved, {data['rounds']} rounds)",
        "",
        f"Bodies are assembled from the contract's examples; a list holds {data['items']} copies of its first item.",
        "",
        "| case | raw httpx + .json() µs | Tavus µs | Tavus / raw |",
        "|---|---:|---:|---:|",
    ]
    for case, r in data["cases"].items():
        lines.append(f"| {case} | {r['raw_us']:.1f} | {r['wrapper_us']:.1f} | {r['vs_raw']:.3f} |")
    cases = data["cases"]
    worst = max((c for c in cases if c != NESTED), key=lambda c: cases[c]["vs_raw"])
    personas = next(c for c in cases if c.startswith("personas.list"))
    for label, case, target in (
        ("personas.list(100)", personas, RESOURCE_VS_RAW),
        ("personas.list(100) + a nested field of each", NESTED, NESTED_VS_RAW),
        (f"the slowest other list or get ({worst})", worst, RESOURCE_VS_RAW),
    ):
        ratio = cases[case]["vs_raw"]
        verdicts.append(f"Tavus/raw for {label} = {ratio:.3f} (target <= {target}): {_mark(ratio <= target)}")
    missed = [c for c in cases if c != NESTED and cases[c]["vs_raw"] > RESOURCE_VS_RAW]
    verdicts.append(
        f"lists and gets within {RESOURCE_VS_RAW}x raw: {len(cases) - 1 - len(missed)} of {len(cases) - 1}"
        + (f" (over: {', '.join(missed)})" if missed else "")
    )
    return lines


def _concurrency(data: dict[str, Any], verdicts: list[str]) -> list[str]:
    lines = [
        f"## 4. Concurrency over loopback HTTP ({data['requests']} GETs, concurrency {data['concurrency']}, "
        f"median of {data['rounds']} rounds)",
        "",
        f"Server: {data['server']}."
        + (f" The fake was not used: {data['fake_unused_because']}." if data.get("fake_unused_because") else ""),
        "",
        "| client | requests/s | p50 ms | p99 ms | throughput vs raw | client CPU µs/request | CPU vs raw |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in data["results"].items():
        ratio = f"{r['vs_raw']:.3f}" if "vs_raw" in r else "1"
        cpu = f"{r['cpu_vs_raw']:.3f}" if "cpu_vs_raw" in r else "1"
        lines.append(
            f"| {name} | {r['requests_per_s']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {ratio} "
            f"| {r['client_cpu_us']:.0f} | {cpu} |"
        )
    ratio = data["results"]["AsyncTavus (wrapper)"]["vs_raw"]
    ok = ratio >= CONCURRENCY_RATIO
    cpu = data["results"]["AsyncTavus (wrapper)"]["cpu_vs_raw"]
    verdicts.append(
        f"AsyncTavus/raw throughput = {ratio:.3f} (target >= {CONCURRENCY_RATIO}): {_mark(ok)}; "
        f"client CPU per request {cpu:.3f}x raw; per-round ratios "
        + ", ".join(f"{x:.2f}" for x in data["results"]["AsyncTavus (wrapper)"]["vs_raw_per_round"])
    )
    return lines


def _scale(data: dict[str, Any], verdicts: list[str]) -> list[str]:
    lines = [
        f"## 5. Scale: iterating {data['total']:,} replicas with `client.replicas.iter(limit=N)`",
        "",
        "| N (limit) | mode | pages | seconds | tracemalloc peak KiB | peak KiB with 2x the items |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    for r in data["rows"]:
        lines.append(
            f"| {r['limit']} | {r['mode']} | {r['pages']} | {r['seconds']:.3f} | {r['peak_kib']:.0f} "
            f"| {r['peak_kib_2x_items']:.0f} |"
        )
    walks = [r for r in data["rows"] if r["mode"] == "iterate"]
    grows_with_page = all(a["peak_kib"] < b["peak_kib"] for a, b in itertools.pairwise(walks))
    flat_in_items = all(r["peak_kib_2x_items"] < 1.5 * r["peak_kib"] for r in walks)
    verdicts.append(
        "iteration memory follows the page size, not the item count: " + _mark(grows_with_page and flat_in_items)
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds, to try the pipeline")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    started, load_before = time.perf_counter(), os.getloadavg()[0]
    print("running the benchmarks (each in a fresh process):", file=sys.stderr)
    overhead = _run("overhead", "--rounds", "8" if args.quick else "40", "--pyperf", str(OUT / "overhead.pyperf.json"))
    resources = _run("resources", "--rounds", "6" if args.quick else "30")
    imports = _run("import_time", "--samples", "5" if args.quick else "15")
    concurrency = _run("concurrency", "--rounds", "1" if args.quick else "5")
    scale = _run("scale")
    verdicts: list[str] = []
    body = [
        *_overhead(overhead, verdicts),
        "",
        *_resources(resources, verdicts),
        "",
        *_imports(imports, verdicts),
        "",
        *_concurrency(concurrency, verdicts),
        "",
        *_scale(scale, verdicts),
    ]
    header = [
        "# Benchmark results",
        "",
        "Written by `make bench` (benchmarks/report.py); how each figure is measured: benchmarks/README.md.",
        "",
        f"- date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- CPU: {_cpu_model()}, {_cores()} cores; {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        f"- httpx {_version('httpx')}, httpcore {_version('httpcore')}, tavus-sdk {_version('tavus-sdk')}, "
        f"tavus-cli {_version('tavus-cli')}, pyperf {_version('pyperf')}, uvicorn {_version('uvicorn')}",
        f"- whole run: {time.perf_counter() - started:.0f} s; 1-minute load average {load_before:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after, on {_cores()} cores (above ~1, other processes shared the CPU: "
        "expect noisier figures)",
        "",
        "## Targets",
        "",
        *(f"- {v}" for v in verdicts),
        "",
    ]
    text = "\n".join([*header, *body]) + "\n"
    RESULTS.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
