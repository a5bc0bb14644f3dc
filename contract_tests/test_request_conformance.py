"""Request conformance: every operation, called through the wrapper with generated valid inputs,
sends a request that the contract accepts.

Inputs: schemathesis (`schema[path][METHOD].as_strategy()`, positive mode) draws path
parameters, query and body per operation; hypothesis runs deterministically (`derandomize=True`,
no example database), 25 examples per operation and client flavour in `make test` (150 under
`make contract-deep`). Each input is mapped onto the wrapper method named by
`tavus._operations.OPERATIONS` (sync `Tavus` and async `AsyncTavus`); inputs that break a rule the
spec states only in prose, which the wrapper enforces client-side, are repaired first (see
`_repair.py` for the list: one training URL, URL fields, ids with '/', ...).

Capture: respx records the request. Validation, with jsonschema (`openapi_schema_validator.
OAS30Validator`, the OpenAPI 3.0 dialect) against the operation's parameter schemas and request
body schema, in `_contract.request_violations`: method, path template, each path and query
parameter (decoded, typed as the schema declares), no undeclared query parameter, the `x-api-key`
header, `Content-Type: application/json`, the JSON body. Then the request must carry what was
asked: every given query parameter and the body exactly (nothing dropped, renamed or added).
A violation fails naming the operation, the field and the rule.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
import respx
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

import tavus

from ._contract import (
    BASE_URL,
    OPS,
    WHOLE_BODY,
    Invocation,
    Op,
    async_call,
    async_client,
    client,
    coerce,
    contract,
    examples,
    invocation,
    request_violations,
)
from ._registry import REGISTRY
from ._repair import repair

SCHEMA = schemathesis.openapi.from_dict(contract())
MAX_EXAMPLES = examples(25, 150)
SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _expectation_violations(op: Op, inv: Invocation, request: httpx.Request) -> list[str]:
    """The request must carry what the caller gave: query values and the body, unchanged."""
    problems = []
    raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
    pattern = "^" + re.sub(r"\\{([^}]+)\\}", r"(?P<\1>[^/]+)", re.escape(op.path)) + "$"
    match = re.match(pattern, raw_path)
    for name, given_id in zip(op.path_params, inv.args, strict=False):
        sent_id = unquote(match.group(name)) if match else None
        if sent_id != given_id:
            problems.append(f"{op.operation_id}: path parameter {name}: sent {sent_id!r}, given {given_id!r}")
    sent_query = request.url.params
    for name, value in inv.kwargs.items():
        if op.param(name, "query") is not None and sent_query.get(name) != _query_text(value):
            problems.append(
                f"{op.operation_id}: query parameter {name}: sent {sent_query.get(name)!r}, given {value!r}"
            )
    expected: Any = None
    if (inv.args and isinstance(inv.args[-1], list)) or op.operation_id in WHOLE_BODY:
        expected = inv.args[-1]
    elif op.body_schema() is not None:
        expected = {k: v for k, v in inv.kwargs.items() if op.param(k, "query") is None and k != "extra_body"}
        expected.update(inv.kwargs.get("extra_body", {}))
    if expected is not None and request.content:
        sent = json.loads(request.content)
        if sent != expected:
            missing = sorted(set(expected) - set(sent)) if isinstance(sent, dict) else "-"
            added = sorted(set(sent) - set(expected)) if isinstance(sent, dict) else "-"
            problems.append(
                f"{op.operation_id}: body: must be what was given; missing keys {missing}, added keys {added}\n"
                f"  given {json.dumps(expected)[:600]}\n  sent  {json.dumps(sent)[:600]}"
            )
    return problems


def _check(op: Op, inv: Invocation, request: httpx.Request) -> None:
    problems = request_violations(op, request) + _expectation_violations(op, inv, request)
    assert not problems, f"{inv.describe(op)}\nsent {request.method} {request.url}\n" + "\n".join(problems)


def _no_content() -> httpx.Response:
    return httpx.Response(204)


def _typed_query(op: Op, query: dict[str, Any]) -> dict[str, Any]:
    """schemathesis hands query values serialised ('true', '5'): back to the schema's types."""
    typed = {}
    for name, value in query.items():
        param = op.param(name, "query") or {}
        typed[name] = coerce(value, param.get("schema", {})) if isinstance(value, str) else value
    return typed


def _inputs(op: Op, case: Any) -> Invocation:
    body = case.body if isinstance(case.body, dict | list) else None
    query = _typed_query(op, dict(case.query or {}))
    path, query, body = repair(op, dict(case.path_parameters or {}), query, body)
    return invocation(op, path, query, body)


def _rejected(op: Op, inv: Invocation, exc: tavus.TavusValidationError) -> str:
    return (
        f"{op.operation_id}: the wrapper rejected a spec-valid input client-side ({exc}); either a prose rule "
        f"is missing from _repair.py or the wrapper is stricter than the contract\n{inv.describe(op)}"
    )


@pytest.mark.parametrize("op", OPS, ids=lambda op: op.operation_id)
def test_sync_request_conforms(op: Op) -> None:
    sdk = client()

    @SETTINGS
    @given(SCHEMA[op.path][op.method].as_strategy(generation_mode=GenerationMode.POSITIVE))
    def check(case: Any) -> None:
        inv = _inputs(op, case)
        with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
            route = router.route().mock(side_effect=lambda request: _no_content())
            try:
                op.bound(sdk)(*inv.args, **inv.kwargs)
            except tavus.TavusValidationError as exc:
                pytest.fail(_rejected(op, inv, exc))
        assert route.call_count == 1, f"{op.operation_id}: expected one request, got {route.call_count}"
        _check(op, inv, route.calls.last.request)

    check()
    REGISTRY.request[op.operation_id].add("sync")


@pytest.mark.parametrize("op", OPS, ids=lambda op: op.operation_id)
def test_async_request_conforms(op: Op) -> None:
    @SETTINGS
    @given(SCHEMA[op.path][op.method].as_strategy(generation_mode=GenerationMode.POSITIVE))
    def check(case: Any) -> None:
        inv = _inputs(op, case)

        async def run() -> None:
            async with async_client() as sdk:
                await async_call(op, sdk, inv)

        with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
            route = router.route().mock(side_effect=lambda request: _no_content())
            try:
                asyncio.run(run())
            except tavus.TavusValidationError as exc:
                pytest.fail(_rejected(op, inv, exc))
        assert route.call_count == 1, f"{op.operation_id}: expected one request, got {route.call_count}"
        _check(op, inv, route.calls.last.request)

    check()
    REGISTRY.request[op.operation_id].add("async")


def test_violations_are_detected() -> None:
    """The checker can fail: a request breaking each rule is reported, naming operation and field."""
    op = next(o for o in OPS if o.operation_id == "createReplica")
    bad = httpx.Request(
        "PUT",
        f"{BASE_URL}/v2/replicas?bogus=1",
        headers={"content-type": "text/plain"},
        content=json.dumps({"train_video_url": 5, "properties": {"background_green_screen": "yes"}}),
    )
    problems = "\n".join(request_violations(op, bad))
    for expected in (
        "createReplica: method: must be POST",
        "createReplica: query parameter bogus: is not declared",
        "createReplica: header x-api-key",
        "createReplica: header content-type: must be application/json",
        "createReplica: body: at $.train_video_url",
        "createReplica: body: at $.properties.background_green_screen",
    ):
        assert expected in problems, problems
    get = next(o for o in OPS if o.operation_id == "listReplicas")
    problems = "\n".join(request_violations(get, httpx.Request("GET", f"{BASE_URL}/v2/replicas?limit=ten&verbose=1")))
    assert "listReplicas: query parameter limit: at $: 'ten' is not of type 'integer'" in problems, problems
    assert "listReplicas: query parameter verbose" in problems, problems


def test_dropped_or_changed_inputs_are_detected() -> None:
    """The request must carry what was given: a changed id, query value or body is reported."""
    op = next(o for o in OPS if o.operation_id == "getReplica")
    inv = Invocation(["r-é1"], {"verbose": True})
    sent = httpx.Request("GET", f"{BASE_URL}/v2/replicas/r-e1?verbose=false")
    problems = "\n".join(_expectation_violations(op, inv, sent))
    assert "getReplica: path parameter replica_id: sent 'r-e1', given 'r-é1'" in problems, problems
    assert "getReplica: query parameter verbose: sent 'false', given True" in problems, problems
    create = next(o for o in OPS if o.operation_id == "createReplica")
    inv = Invocation([], {"train_video_url": "https://e.com/v.mp4", "extra_body": {"x_new": 1}})
    sent = httpx.Request("POST", f"{BASE_URL}/v2/replicas", json={"train_video_url": "https://e.com/v.mp4"})
    problems = "\n".join(_expectation_violations(create, inv, sent))
    assert "createReplica: body: must be what was given; missing keys ['x_new']" in problems, problems
