"""Response conformance: for every documented (operation, status) pair of the contract (154), the
wrapper turns a served response into what the contract promises.

Bodies (see `_bodies.py`): the spec's examples, bodies drawn by schemathesis from the response
schema (8 per pair in `make test`, 50 under `make contract-deep`; deterministic), and, for 2xx
JSON responses, deviating bodies a tolerant client must still parse: extra fields everywhere,
optional fields missing, optional fields null (top level and nested), enum values outside the enum.

Expectations: a 2xx with a JSON schema returns the documented model, and `model.to_dict()` holds
every key and value of the served body (nothing unreachable); a 2xx without content and a 304
return None; a documented 4xx raises the mapped `APIStatusError` subclass with `message` taken
from the body's `error`/`message`; an undocumented status (418, 599) raises `APIStatusError`.
Served with respx; the sync client for every body, the async client for the examples.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
import respx
from hypothesis import HealthCheck, given, settings

import tavus

from . import _bodies
from ._contract import (
    BASE_URL,
    EXPECTED_RESPONSE_PAIRS,
    OPS,
    Op,
    async_client,
    client,
    examples,
    response_pairs,
    schema_errors,
    valid_invocation,
)
from ._registry import REGISTRY

DRAWN = examples(8, 50)
SETTINGS = settings(
    max_examples=DRAWN,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
ERRORS: dict[int, type[tavus.APIStatusError]] = {
    400: tavus.BadRequestError,
    401: tavus.AuthenticationError,
    402: tavus.PaymentRequiredError,
    403: tavus.PermissionDeniedError,
    404: tavus.NotFoundError,
    409: tavus.ConflictError,
    422: tavus.UnprocessableEntityError,
    429: tavus.RateLimitError,
}
PAIRS = response_pairs()


def pair_id(pair: tuple[Op, str]) -> str:
    return f"{pair[0].operation_id}-{pair[1]}"


def _serve(status: int, body: Any) -> httpx.Response:
    if body is _NO_BODY:
        return httpx.Response(status)
    return httpx.Response(status, json=body)


_NO_BODY = object()


def call_sync(op: Op, status: int, body: Any) -> Any:
    inv = valid_invocation(op.operation_id)
    sdk = client(max_retries=0)
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        router.route().mock(return_value=_serve(status, body))
        return op.bound(sdk)(*inv.args, **inv.kwargs)


def call_async(op: Op, status: int, body: Any) -> Any:
    inv = valid_invocation(op.operation_id)

    async def run() -> Any:
        async with async_client(max_retries=0) as sdk:
            return await op.bound(sdk)(*inv.args, **inv.kwargs)

    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        router.route().mock(return_value=_serve(status, body))
        return asyncio.run(run())


def unreachable(served: Any, dumped: Any, where: str = "$") -> list[str]:
    """Where the served body has a key or value that the parsed model does not give back."""
    if isinstance(served, dict):
        if not isinstance(dumped, dict):
            return [f"{where}: an object was served, the model gives {type(dumped).__name__}"]
        problems = []
        for key, value in served.items():
            if key not in dumped:
                problems.append(f"{where}.{key}: served, not reachable from the model")
            else:
                problems.extend(unreachable(value, dumped[key], f"{where}.{key}"))
        return problems
    if isinstance(served, list):
        if not isinstance(dumped, list) or len(dumped) != len(served):
            return [f"{where}: a list of {len(served)} was served, the model gives {dumped!r}"[:300]]
        return [
            p for i, (s, d) in enumerate(zip(served, dumped, strict=True)) for p in unreachable(s, d, f"{where}[{i}]")
        ]
    if served != dumped or type(served) is not type(dumped):
        return [f"{where}: served {served!r}, the model gives {dumped!r}"[:300]]
    return []


def expected_message(body: Any) -> str:
    """The documented error bodies carry `error` or `message`; otherwise the body text (up to 500
    characters)."""
    if isinstance(body, dict):
        for key in ("error", "message"):
            if isinstance(body.get(key), str) and body[key]:
                return str(body[key])
    if body is _NO_BODY:
        return ""
    text = _serve(200, body).text.strip()
    return text[:500] + "..." if len(text) > 500 else text


def _unwrapped(body: Any, model: Any) -> Any:
    """What of `body` the model stands for: Get Persona/Objective/Guardrail answer `{"data": [x]}` or
    `{"data": x}` and the SDK returns x (the envelope stays in the raw response)."""
    if isinstance(body, dict) and "data" in body and not hasattr(model, "data"):
        return body["data"][0] if isinstance(body["data"], list) else body["data"]
    return body


def _collection(label: str, body: Any, result: list[Any] | dict[str, Any]) -> tuple[Any, Any]:
    """List PAL Tools, List Canvas Interactions (a list of models) and List/Replace PAL Skills (models
    keyed by skill_id) return the body's `data` (an empty one when the body has none): the served
    `data` and what the models give back."""
    items = result if isinstance(result, list) else list(result.values())
    assert all(hasattr(item, "to_dict") for item in items), f"{label}: expected documented models, got {result!r}"
    data = body.get("data") if isinstance(body, dict) else None
    if isinstance(result, list):
        return (data if data is not None else []), [item.to_dict() for item in result]
    return (data if data is not None else {}), {key: item.to_dict() for key, item in result.items()}


def check_outcome(op: Op, status: str, body: Any, call: Any) -> None:
    code = int(status) if status.isdigit() else int(status[0]) * 100  # the supplement's `2XX`: served as 200
    schema = op.response_schema(status)
    label = f"{op.operation_id} -> {status} with body {json.dumps(body)[:400] if body is not _NO_BODY else '(none)'}"
    if 200 <= code < 300:
        try:
            result = call(op, code, body)
        except tavus.ResponseValidationError as exc:
            pytest.fail(f"{label}: the wrapper rejected a documented response: {exc}")
        if schema is None:
            assert result is None, f"{label}: a response without content must give None, got {result!r}"
            return
        model = getattr(result, "response", result)  # a Page holds the generated model in .response
        if isinstance(model, list | dict):  # the body's `data`: a list of models, or models keyed by id
            served, dumped = _collection(label, body, model)
            problems = unreachable(served, dumped)
            lost = "\n".join(problems)
            assert not problems, f"{label}: fields lost by the {type(model).__name__} of models:\n{lost}"
            return
        assert hasattr(model, "to_dict"), f"{label}: expected the documented model, got {model!r}"
        problems = unreachable(_unwrapped(body, model), model.to_dict())
        assert not problems, f"{label}: fields lost by {type(model).__name__}:\n" + "\n".join(problems)
        if isinstance(body, dict) and isinstance(body.get("data"), list) and hasattr(result, "data"):
            assert len(result.data) == len(body["data"]), f"{label}: the Page lost items"
    elif code == 304:
        assert call(op, code, body) is None, f"{label}: 304 (not modified) must give None"
    else:
        cls = ERRORS.get(code, tavus.InternalServerError if code >= 500 else tavus.APIStatusError)
        with pytest.raises(tavus.APIStatusError) as info:
            call(op, code, body)
        # Tavus's 400 for an unknown id ("Invalid replica_id", the contract's examples) is an InvalidIdError.
        allowed = {cls, tavus.InvalidIdError} if cls is tavus.BadRequestError else {cls}
        assert type(info.value) in allowed, f"{label}: expected {cls.__name__}, got {type(info.value).__name__}"
        assert info.value.status_code == code
        assert info.value.message == expected_message(body), f"{label}: message {info.value.message!r}"


def _served_body(op: Op, status: str, body: Any) -> Any:
    return _NO_BODY if op.response_schema(status) is None else body


@pytest.mark.parametrize("pair", PAIRS, ids=pair_id)
def test_documented_response(pair: tuple[Op, str]) -> None:
    op, status = pair
    schema = op.response_schema(status)
    bodies = _bodies.spec_examples(op, status) if schema is not None else [_NO_BODY]
    assert bodies, f"{op.operation_id} -> {status}: no example to serve"
    for body in bodies:
        check_outcome(op, status, _served_body(op, status, body), call_sync)
        check_outcome(op, status, _served_body(op, status, body), call_async)
    if schema is not None:

        @SETTINGS
        @given(_bodies.body_strategy(op, status))
        def drawn(body: Any) -> None:
            check_outcome(op, status, body, call_sync)

        drawn()
    REGISTRY.responses[op.operation_id].add(status)


SUCCESS_PAIRS = [
    (op, status) for op, status in PAIRS if status.startswith("2") and op.response_schema(status) is not None
]
DEVIATIONS = {
    "extra_fields": _bodies.with_extra_fields,
    "missing_fields": _bodies.without_optional_fields,
    "nulls": _bodies.with_nulls,
    "nested_nulls": _bodies.with_nested_nulls,
}


@pytest.mark.parametrize("deviation", list(DEVIATIONS))
@pytest.mark.parametrize("pair", SUCCESS_PAIRS, ids=pair_id)
def test_deviating_success_body_still_parses(pair: tuple[Op, str], deviation: str) -> None:
    op, status = pair
    schema = op.response_schema(status)
    assert schema is not None
    for example in _bodies.spec_examples(op, status):
        body = DEVIATIONS[deviation](schema, example)
        check_outcome(op, status, body, call_sync)


ENUM_PAIRS = [(op, status) for op, status in SUCCESS_PAIRS if _bodies.enum_fields(op.response_schema(status))]


@pytest.mark.parametrize("pair", ENUM_PAIRS, ids=pair_id)
def test_values_outside_enums_still_parse(pair: tuple[Op, str]) -> None:
    op, status = pair
    schema = op.response_schema(status)
    assert schema is not None
    changed = 0
    for example in _bodies.spec_examples(op, status):
        body, count = _bodies.with_unknown_enum_values(schema, example)
        changed += count
        check_outcome(op, status, body, call_sync)
    assert changed, f"{op.operation_id} -> {status}: no enum field in the examples to change"


@pytest.mark.parametrize("status", [418, 599])
@pytest.mark.parametrize("op", OPS, ids=lambda op: op.operation_id)
def test_undocumented_status_raises_api_status_error(op: Op, status: int) -> None:
    assert str(status) not in op.statuses
    body = {"message": f"status {status}"}
    for call in (call_sync, call_async):
        with pytest.raises(tavus.APIStatusError) as info:
            call(op, status, body)
        assert info.value.status_code == status
        assert info.value.message == f"status {status}"
        if status >= 500:
            assert isinstance(info.value, tavus.InternalServerError)


SPEC_EXAMPLE_BUGS: dict[tuple[str, str], str] = {
    # None left: the string 'false' examples of layers.tts.tts_emotion_control (listPersonas,
    # getPersona) are fixed by openapi/overlay.yaml. Add (operationId, status) -> reason here.
}
SCHEMA_PAIRS = [(op, status) for op, status in PAIRS if op.response_schema(status) is not None]


@pytest.mark.parametrize(
    "pair",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=SPEC_EXAMPLE_BUGS[(p[0].operation_id, p[1])]))
        if (p[0].operation_id, p[1]) in SPEC_EXAMPLE_BUGS
        else p
        for p in SCHEMA_PAIRS
    ],
    ids=pair_id,
)
def test_spec_example_matches_schema(pair: tuple[Op, str]) -> None:
    """The spec's own response examples are what Prism serves and what the fake imitates."""
    op, status = pair
    schema = op.response_schema(status)
    assert schema is not None
    problems = [
        f"example {i}: {error}"
        for i, example in enumerate(_bodies.spec_examples(op, status))
        for error in schema_errors(example, schema)
    ]
    assert not problems, f"{op.operation_id} -> {status}:\n" + "\n".join(problems)


def test_pair_count() -> None:
    assert len(PAIRS) == EXPECTED_RESPONSE_PAIRS, (
        f"the contract documents {len(PAIRS)} pairs, expected {EXPECTED_RESPONSE_PAIRS}"
    )


def test_reachability_check_can_fail() -> None:
    assert unreachable({"a": 1, "b": {"c": [1, 2]}}, {"a": 1, "b": {"c": [1]}}) == [
        "$.b.c: a list of 2 was served, the model gives [1]"
    ]
    assert unreachable({"a": 1, "x": 2}, {"a": "1"}) == [
        "$.a: served 1, the model gives '1'",
        "$.x: served, not reachable from the model",
    ]
