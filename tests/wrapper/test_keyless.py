"""Operations the contract marks `security: []` are sent without the API key (the generated client
would send it): Record Canvas Interaction here (the deployments' public endpoints: test_deployments.py).
Every other operation carries it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib.resources import files
from typing import Any

import pytest
import respx

from tavus import AsyncTavus, Tavus
from tavus._schema import needs_api_key
from tavus.testing import FakeTavus

from .conftest import API_KEY

CANVAS = "/v2/conversations/c1/canvas/interactions"
INTERACTION: dict[str, Any] = {
    "interaction_id": "ci_1",
    "tool_call_id": "call_1",
    "component": "canvas.question",
    "component_version": "v1",
    "type": "heartbeat",
}


def _operations() -> list[tuple[str, Any]]:
    spec = json.loads(files("tavus_api").joinpath("openapi.json").read_text(encoding="utf-8"))
    return [
        (re.sub(r"(?<!^)(?=[A-Z])", "_", op["operationId"]).lower(), op.get("security"))
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in ("get", "put", "post", "patch", "delete")
    ]


def test_the_keyless_operations_are_the_contract_s_security_none() -> None:
    operations = _operations()
    keyless = {name for name, security in operations if security == []}
    assert "record_canvas_interaction" in keyless
    assert {name for name, _ in operations if not needs_api_key(name)} == keyless


def test_canvas_record_is_sent_without_the_key(api: respx.MockRouter) -> None:
    route = api.post(CANVAS).respond(200, json={"success": True})
    listed = api.get(CANVAS).respond(200, json={"data": []})
    client = Tavus(api_key=API_KEY, default_headers={"X-Trace": "t"}).with_options(max_retries=0)
    client.conversations.canvas.record("c1", **INTERACTION)
    client.conversations.canvas.with_raw_response.record("c1", **INTERACTION, extra_headers={"X-More": "1"})
    assert client.conversations.canvas.list("c1") == []
    for call in route.calls:
        assert "x-api-key" not in call.request.headers
        assert "authorization" not in call.request.headers
        assert call.request.headers["x-trace"] == "t"
    assert route.calls.last.request.headers["x-more"] == "1"
    assert listed.calls.last.request.headers["x-api-key"] == API_KEY  # listing needs the key


@pytest.mark.anyio
async def test_async_canvas_record_is_sent_without_the_key(api: respx.MockRouter) -> None:
    route = api.post(CANVAS).respond(200, json={"success": True})
    async with AsyncTavus(api_key=API_KEY) as client:
        await client.conversations.canvas.record("c1", **INTERACTION)
    assert "x-api-key" not in route.calls.last.request.headers


def test_the_fake_takes_canvas_record_without_a_key() -> None:
    with FakeTavus() as fake, fake.client() as client:
        conversation = client.conversations.create(face_id=FakeTavus.STOCK_REPLICA_ID)
        client.conversations.canvas.record(conversation.conversation_id, **INTERACTION)
        recorded = fake.requests[-1]
        assert recorded.operation_id == "recordCanvasInteraction"
        assert recorded.executed
        assert "x-api-key" not in recorded.headers
        assert "x-api-key" in fake.requests[0].headers
        listed = client.conversations.canvas.list(conversation.conversation_id)
        assert [i.interaction_id for i in listed] == ["ci_1"]


def test_deciding_the_key_does_not_parse_the_contract() -> None:
    """The first call of a process stays cheap (issue 15: ≤ 1.3x `import httpx`): the keyless set is
    read from `tavus_api/keyless.json`, which `make generate` derives from the contract."""
    code = (
        "import httpx, tavus\n"
        "from tavus import _schema\n"
        "answer = httpx.Response(200, json={'replica_id': 'r1'})\n"
        "http = httpx.Client(transport=httpx.MockTransport(lambda request: answer))\n"
        "tavus.Tavus(api_key='k', http_client=http).replicas.get('r1')\n"
        "assert _schema._keyless_modules.cache_info().currsize == 1, 'the key decision was not made'\n"
        "assert _schema._spec.cache_info().currsize == 0, 'a get parsed the whole contract'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)


def test_the_generation_rule_follows_inherited_and_empty_security() -> None:
    from tools.generate import keyless_operations

    contract = {
        "security": [{"apiKey": []}],
        "paths": {
            "/a": {"get": {"operationId": "inherits"}, "post": {"operationId": "own", "security": [{"apiKey": []}]}},
            "/b": {"get": {"operationId": "none", "security": []}, "put": {"operationId": "empty", "security": [{}]}},
        },
    }
    assert keyless_operations(contract) == ["empty", "none"]
    assert keyless_operations({"paths": contract["paths"]}) == ["empty", "inherits", "none"]  # no document security
