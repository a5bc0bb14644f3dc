"""Prism: the wrapper, over real HTTP, against Stoplight Prism's mock of the contract.

Prism (`@stoplight/prism-cli`, pinned in contract_tests/package.json, installed by
`make contract-deps` into contract_tests/node_modules) validates every request against the
contract and answers with the spec's examples; a request that breaks the contract gets a 4xx and
the violations in the `sl-violations` header. Each of the 54 operations is called once through
the wrapper; no violation may be reported. A deliberately invalid raw request must be reported,
which shows that the check can fail.

Without node or Prism the tests skip with the reason, except under `CI=true`, where they fail.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from ._contract import API_KEY, OPS, Op, contract, valid_invocation
from ._registry import REGISTRY

HERE = Path(__file__).resolve().parent
PRISM = HERE / "node_modules" / ".bin" / "prism"
STARTUP_SECONDS = 60.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Prism is required under CI=true: {reason}", pytrace=False)
    REGISTRY.skipped["prism"] = reason
    pytest.skip(reason)


@pytest.fixture(scope="module")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if shutil.which("node") is None:
        _unavailable("node is not on PATH; install node >= 18.20 and run `make contract-deps`")
    if not PRISM.exists():
        _unavailable(f"Prism is not installed ({PRISM} is missing); run `make contract-deps`")
    workdir = tmp_path_factory.mktemp("prism")
    spec = workdir / "openapi.json"
    spec.write_text(json.dumps(contract()), encoding="utf-8")
    port = free_port()
    log = (workdir / "prism.log").open("w", encoding="utf-8")
    process = subprocess.Popen(
        [str(PRISM), "mock", str(spec), "-h", "127.0.0.1", "-p", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: stopped below by its id, children included
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if process.poll() is not None:
                pytest.fail(f"Prism exited with {process.returncode}:\n{(workdir / 'prism.log').read_text()[-3000:]}")
            try:
                httpx.get(f"{url}/v2/replicas", headers={"x-api-key": API_KEY}, timeout=1.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail(f"Prism did not answer within {STARTUP_SECONDS} s")
                time.sleep(0.2)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()


def prism_violations(response: httpx.Response) -> list[dict[str, Any]]:
    """What Prism reported: the `sl-violations` header, or the `validation` list of the 422
    problem+json it generates when the operation documents no 4xx for the violation."""
    found: list[dict[str, Any]] = []
    if "sl-violations" in response.headers:
        found.extend(json.loads(response.headers["sl-violations"]))
    if response.headers.get("content-type", "").startswith("application/problem+json"):
        found.extend(json.loads(response.content).get("validation", []))
    return found


def request_side(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Violations of the request. Prism also reports its own response (built from the spec's
    examples) when an example breaks its schema: that is a spec bug, checked by
    test_response_conformance.test_spec_example_matches_schema, not a wrapper fault."""
    return [v for v in violations if not v.get("location") or v["location"][0] != "response"]


@pytest.mark.parametrize("op", OPS, ids=lambda op: op.operation_id)
def test_wrapper_call_has_no_prism_violation(prism_url: str, op: Op) -> None:
    import tavus

    seen: list[httpx.Response] = []
    http = httpx.Client(event_hooks={"response": [seen.append]})
    sdk = tavus.Tavus(api_key=API_KEY, base_url=prism_url, http_client=http, max_retries=0)
    inv = valid_invocation(op.operation_id)
    try:
        op.bound(sdk)(*inv.args, **inv.kwargs)
    except tavus.APIStatusError as exc:
        pytest.fail(f"{op.operation_id}: Prism answered {exc.status_code}: {prism_violations(exc.response)}")
    finally:
        http.close()
    assert len(seen) == 1, f"{op.operation_id}: expected one request, saw {len(seen)}"
    response = seen[0]
    violations = request_side(prism_violations(response))
    assert not violations, f"{op.operation_id}: Prism reported request violations {violations}"
    assert response.request.method == op.method
    REGISTRY.prism.add(op.operation_id)


def test_prism_reports_an_invalid_request(prism_url: str) -> None:
    """The check can fail: a body breaking the schema is answered 4xx with sl-violations."""
    response = httpx.post(
        f"{prism_url}/v2/replicas",
        headers={"x-api-key": API_KEY},
        json={"train_video_url": 5, "properties": {"background_green_screen": "yes"}},
    )
    assert 400 <= response.status_code < 500, response.text
    violations = request_side(prism_violations(response))
    fields = {tuple(v["location"]) for v in violations}
    assert ("request", "body", "train_video_url") in fields, violations
    unauthenticated = httpx.get(f"{prism_url}/v2/replicas")
    assert unauthenticated.status_code == 401, unauthenticated.text
    bad_query = httpx.get(f"{prism_url}/v2/replicas", params={"limit": "ten"}, headers={"x-api-key": API_KEY})
    assert bad_query.status_code == 422, bad_query.text
    assert [v["location"] for v in request_side(prism_violations(bad_query))] == [["query", "limit"]]
