"""`client.deployments` (issue 16): JSON Patch with If-Match, and the public operations sent without the key.

The contract gives Get Deployment Init, Start and End Deployment Conversation (and Record Canvas
Interaction) `security: []`: a browser calls them without an API key, so the SDK must not send it.
Which operations those are is read here from the packaged contract, independently of the SDK.
"""

from __future__ import annotations

import importlib.resources
import json
from typing import Any

import httpx
import pytest
import respx

import tavus
from tavus._operations import OPERATIONS

from .conftest import API_KEY
from .test_resources import CASES

DEPLOYMENT = {"deployment_id": "d1", "pal_id": "p1", "channel": "widget", "name": "W"}
INIT = {"deployment_id": "d1", "channel": "widget", "is_available": True}
STARTED = {"conversation_id": "c1", "status": "active"}


def _contract_keyless() -> set[str]:
    """operationIds whose own `security` is empty in the packaged contract."""
    text = importlib.resources.files("tavus_api").joinpath("openapi.json").read_text(encoding="utf-8")
    spec = json.loads(text)
    assert spec["security"] == [{"apiKey": []}]  # the document's default: the key
    return {
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete") and op.get("security") == []
    }


def test_the_keyless_operations_are_the_contracts() -> None:
    keyless = _contract_keyless()
    expected = {"getDeploymentInit", "startDeploymentConversation", "endDeploymentConversation"}
    assert expected <= keyless
    assert keyless - expected <= {"recordCanvasInteraction"}  # the canvas helper's
    assert {case.op for case in CASES if case.keyless} == keyless & set(OPERATIONS)


def _public_calls(client: Any) -> list[Any]:
    d = client.deployments
    return [lambda: d.init("d1"), lambda: d.start("d1"), lambda: d.end_conversation("d1", "c1")]


def _mock_public(api: respx.MockRouter) -> list[respx.Route]:
    return [
        api.get("/v2/deployments/d1/init").respond(200, json=INIT),
        api.post("/v2/deployments/d1/start").respond(200, json=STARTED),
        api.post("/v2/deployments/d1/conversations/c1/end").respond(200, json={"conversation_id": "c1"}),
    ]


def test_public_operations_are_sent_without_the_key_others_with_it(client: Any, api: respx.MockRouter) -> None:
    routes = _mock_public(api)
    keyed = api.get("/v2/deployments/d1").respond(200, json=DEPLOYMENT)
    for call in _public_calls(client):
        call()
    client.deployments.get("d1")
    for route in routes:
        assert "x-api-key" not in route.calls.last.request.headers
        assert route.calls.last.request.headers["user-agent"].startswith("tavus-sdk-python/")
    assert keyed.calls.last.request.headers["x-api-key"] == API_KEY
    client.deployments.init("d1")  # the key stays on the client for the next keyed call
    client.deployments.get("d1")
    assert keyed.calls.last.request.headers["x-api-key"] == API_KEY


@pytest.mark.anyio
async def test_async_public_operations_are_sent_without_the_key(aclient: Any, api: respx.MockRouter) -> None:
    routes = _mock_public(api)
    keyed = api.get("/v2/deployments/d1").respond(200, json=DEPLOYMENT)
    await aclient.deployments.init("d1")
    await aclient.deployments.start("d1")
    await aclient.deployments.end_conversation("d1", "c1")
    await aclient.deployments.get("d1")
    assert all("x-api-key" not in route.calls.last.request.headers for route in routes)
    assert keyed.calls.last.request.headers["x-api-key"] == API_KEY
    raw = await aclient.deployments.with_raw_response.init("d1")
    assert "x-api-key" not in raw.http_response.request.headers


def test_raw_responses_of_public_operations_carry_no_key(client: Any, api: respx.MockRouter) -> None:
    routes = _mock_public(api)
    raws = [
        client.deployments.with_raw_response.init("d1"),
        client.with_raw_response.deployments.start("d1"),
        client.deployments.with_raw_response.end_conversation("d1", "c1"),
    ]
    for raw, route in zip(raws, routes, strict=True):
        assert "x-api-key" not in raw.http_response.request.headers
        assert "x-api-key" not in route.calls.last.request.headers
    assert type(raws[0].parse()).__name__ == "DeploymentInitConfig"


def test_retries_of_public_operations_carry_no_key(client: Any, api: respx.MockRouter) -> None:
    init = api.get("/v2/deployments/d1/init").mock(
        side_effect=[httpx.Response(503), httpx.Response(429), httpx.Response(200, json=INIT)]
    )
    start = api.post("/v2/deployments/d1/start").mock(
        side_effect=[httpx.Response(429), httpx.Response(200, json=STARTED)]
    )
    client.deployments.init("d1")
    client.deployments.start("d1")
    assert (init.call_count, start.call_count) == (3, 2)
    for route in (init, start):
        assert all("x-api-key" not in call.request.headers for call in route.calls)
    keyed = api.get("/v2/deployments/d1").mock(side_effect=[httpx.Response(503), httpx.Response(200, json=DEPLOYMENT)])
    client.deployments.get("d1")
    assert [call.request.headers.get("x-api-key") for call in keyed.calls] == [API_KEY, API_KEY]


def test_an_error_of_a_public_operation_carries_no_key(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/deployments/d1/init").respond(404)
    with pytest.raises(tavus.NotFoundError) as info:
        client.deployments.init("d1")
    assert "x-api-key" not in info.value.response.request.headers


def test_the_key_of_an_own_http_client_or_a_copy_is_not_sent_either(make_client: Any, api: respx.MockRouter) -> None:
    routes = _mock_public(api)
    with httpx.Client(headers={"x-api-key": "from-the-pool"}) as http:
        client = make_client(http_client=http).with_options(api_key="other-key", max_retries=0)
        for call in _public_calls(client):
            call()
    assert all("x-api-key" not in route.calls.last.request.headers for route in routes)


def test_extra_headers_can_send_the_key_on_purpose(client: Any, api: respx.MockRouter) -> None:
    """A preview caller (a `pal_id` override) may need the key: asking for it is explicit."""
    route = api.post("/v2/deployments/d1/start").respond(200, json=STARTED)
    client.deployments.start("d1", pal_id="p2", extra_headers={"x-api-key": API_KEY})
    assert route.calls.last.request.headers["x-api-key"] == API_KEY
    assert json.loads(route.calls.last.request.content) == {"pal_id": "p2"}


def test_request_escape_hatch_keeps_the_key(client: Any, api: respx.MockRouter) -> None:
    """`client.request` has no contract operation: it sends the key, as documented."""
    route = api.get("/v2/deployments/d1/init").respond(200, json=INIT)
    client.request("GET", "/v2/deployments/d1/init")
    assert route.calls.last.request.headers["x-api-key"] == API_KEY


def test_update_with_fields_and_if_match(client: Any, api: respx.MockRouter) -> None:
    route = api.patch("/v2/deployments/d1").respond(200, json={**DEPLOYMENT, "name": "W2"})
    updated = client.deployments.update("d1", if_match='"d1-3"', name="W2", limits={"max_call_duration": 600})
    assert (type(updated).__name__, updated.name) == ("Deployment", "W2")
    request = route.calls.last.request
    assert request.headers["if-match"] == '"d1-3"'
    assert request.headers["x-api-key"] == API_KEY
    assert json.loads(request.content) == [
        {"op": "replace", "path": "/name", "value": "W2"},
        {"op": "replace", "path": "/limits", "value": {"max_call_duration": 600}},
    ]
    client.deployments.update("d1", [{"op": "replace", "path": "/status", "value": "inactive"}])
    assert "if-match" not in route.calls.last.request.headers


def test_update_answers_the_open_body_when_it_is_not_a_deployment(client: Any, api: respx.MockRouter) -> None:
    api.patch("/v2/deployments/d1").respond(200, json={"message": "Deployment updated"})
    answer = client.deployments.update("d1", name="W2")
    assert type(answer).__name__ == "PatchDeploymentResponse200"
    assert answer.additional_properties == {"message": "Deployment updated"}


def test_a_precondition_failure_is_a_status_error(client: Any, api: respx.MockRouter) -> None:
    route = api.patch("/v2/deployments/d1").respond(412, json={"message": "Precondition Failed"})
    with pytest.raises(tavus.APIStatusError) as info:
        client.deployments.update("d1", if_match='"old"', name="W2")
    assert info.value.status_code == 412
    assert route.call_count == 1  # a PATCH answered 412 is not retried


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"if_match": 'a"\r\nX-Injected: 1', "name": "W"}, "if_match"),
        ({"if_match": 3, "name": "W"}, "if_match"),
        ({"channel": "tv"}, "channel"),
        ({"allowed_origins": "https://e.com"}, "allowed_origins"),
    ],
    ids=["if-match-newline", "if-match-int", "channel-enum", "origins-not-a-list"],
)
def test_update_checks_before_sending(client: Any, api: respx.MockRouter, kwargs: dict[str, Any], field: str) -> None:
    route = api.patch("/v2/deployments/d1").respond(200, json=DEPLOYMENT)
    with pytest.raises(tavus.TavusValidationError) as info:
        client.deployments.update("d1", **kwargs)
    assert info.value.field == field
    assert not route.called


def test_operations_or_fields_not_both(client: Any, api: respx.MockRouter) -> None:
    route = api.patch("/v2/deployments/d1").respond(200, json=DEPLOYMENT)
    with pytest.raises(tavus.TavusValidationError, match="not both"):
        client.deployments.update("d1", [{"op": "remove", "path": "/name"}], name="W")
    assert not route.called
