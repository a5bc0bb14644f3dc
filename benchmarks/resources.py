"""Every list and get of the SDK against raw httpx + `.json()`: same MockTransport, same bytes, one process.

Each body is assembled from the contract's examples (`contract_tests._examples`); a list's first item
is repeated to 100 items, each with its own id, and the SDK asks for `limit=100` where the list has a
limit. The contenders of a case alternate block by block (`benchmarks.overhead.measure`), and a
ratio is the median of the per-round ratios. One extra case reads a nested field of every persona
of a page (`layers.llm.base_url`), which makes the lazily parsed models parse that path.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import statistics
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any

import httpx

from benchmarks._fixtures import API_KEY, BASE_URL
from benchmarks.overhead import Block, _sync_block, measure, paired_ratio
from contract_tests._examples import example_from_schema
from tavus._schema import inline_refs

RAW, WRAPPER = "raw httpx + .json()", "Tavus (wrapper)"
ITEMS = 100
NESTED = "personas.list(100) + layers.llm.base_url of each"


@dataclass(frozen=True)
class Case:
    name: str  # "replicas.get", "personas.list(100)"
    resource: str
    method: str
    path: str  # the wire path, ids filled in
    params: dict[str, Any]
    body: bytes
    ids: tuple[str, ...] = ()  # the method's path arguments (a get's id; a sub-resource's parent id)


def _contract() -> dict[str, Any]:
    from importlib import resources

    return json.loads(resources.files("tavus_api").joinpath("openapi.json").read_text(encoding="utf-8"))


def _as_page(body: Any) -> Any:
    """The list example with its first item repeated to ITEMS items, each with a distinct id."""
    items = body.get("data") if isinstance(body, dict) else None
    if not isinstance(items, list) or not items:
        return body
    first = items[0]
    id_key = next((k for k in first if k.endswith("_id")), None)
    page = [copy.deepcopy(first) | ({id_key: f"{first[id_key]}{i}"} if id_key else {}) for i in range(ITEMS)]
    return {**body, "data": page}


# The response alternative (anyOf) to serve: `guardrails.list()` without `legacy=` lists the legacy sets.
ALTERNATIVE = {"listGuardrails": 1}


def cases() -> list[Case]:
    """One case per list and get method of the SDK (tavus._operations), in the table's order."""
    from tavus._operations import OPERATIONS

    found: dict[str, tuple[str, dict[str, Any]]] = {}
    spec = _contract()
    for path, item in spec["paths"].items():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (path, operation)
    result = []
    for operation_id, (resource, method) in OPERATIONS.items():
        if method not in ("list", "get"):
            continue
        path, operation = found[operation_id]
        status = next(s for s in operation["responses"] if s.startswith("2"))  # 200, or a supplement's 2XX
        media = operation["responses"][status]["content"]["application/json"]
        schema = inline_refs(media["schema"], spec)
        if "anyOf" in schema:  # two answers (Guardrails): the one the call without options gets
            schema = schema["anyOf"][ALTERNATIVE.get(operation_id, 0)]
        body = example_from_schema(schema)
        queries = {p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"}
        ids = tuple(f"x{i}" for i in range(1, path.count("{") + 1))
        for ident in ids:
            path = re.sub(r"\{[^}]+\}", ident, path, count=1)
        if method == "list":
            body, params, name = _as_page(body), ({"limit": ITEMS} if "limit" in queries else {}), f"{resource}.list"
            name += f"({ITEMS})" if params else ""
        else:
            params, name = {}, f"{resource}.get"
        encoded = json.dumps(body, separators=(",", ":")).encode()
        result.append(Case(name, resource, method, path, params, encoded, ids))
    return result


def handler(all_cases: list[Case]) -> Callable[[httpx.Request], httpx.Response]:
    routes = {c.path: c.body for c in all_cases}
    headers = {"content-type": "application/json"}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, content=routes[request.url.path])

    return answer


def contenders(case: Case, raw: httpx.Client, sdk: Any) -> dict[str, Block]:
    method = getattr(attrgetter(case.resource)(sdk), case.method)  # "pals.tools": a sub-resource
    args = case.ids
    return {
        RAW: _sync_block(lambda: raw.get(case.path, params=case.params).json()),
        WRAPPER: _sync_block(lambda: method(*args, **case.params)),
    }


def nested_contenders(raw: httpx.Client, sdk: Any) -> dict[str, Block]:
    def read_raw() -> list[Any]:
        return [p["layers"]["llm"]["base_url"] for p in raw.get("/v2/personas", params={"limit": ITEMS}).json()["data"]]

    def read_sdk() -> list[Any]:
        return [p.layers.llm.base_url for p in sdk.personas.list(limit=ITEMS).data]

    assert read_raw() == read_sdk(), "the two contenders must read the same values"
    return {RAW: _sync_block(read_raw), WRAPPER: _sync_block(read_sdk)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    import tavus

    warnings.simplefilter("ignore", DeprecationWarning)  # lipsync and replacements warn on every call
    all_cases = cases()
    transport = httpx.MockTransport(handler(all_cases))
    raw = httpx.Client(transport=transport, base_url=BASE_URL, headers={"x-api-key": API_KEY})
    sdk = tavus.Tavus(api_key=API_KEY, base_url=BASE_URL, http_client=httpx.Client(transport=transport))
    blocks = {case.name: contenders(case, raw, sdk) for case in all_cases}
    blocks[NESTED] = nested_contenders(raw, sdk)
    data: dict[str, Any] = {"rounds": args.rounds, "items": ITEMS, "cases": {}}
    for name, pair in blocks.items():
        by_name = {c.name: c for c in measure(pair, args.rounds)}
        data["cases"][name] = {
            "raw_us": statistics.median(by_name[RAW].values) * 1e6,
            "wrapper_us": statistics.median(by_name[WRAPPER].values) * 1e6,
            "vs_raw": paired_ratio(by_name[WRAPPER], by_name[RAW]),
        }
    text = json.dumps(data, indent=2)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text)
    else:
        print(text)


if __name__ == "__main__":
    main()
