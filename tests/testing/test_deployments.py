"""The fake's deployments (issue 16): ETag and If-Match, the public init/start/end served without a key,
and start/end acting on the conversations store. Every response is checked against the contract."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

import tavus
from tavus.testing import FakeTavus
from tavus.testing._stock import STOCK_PERSONA_ID, STOCK_REPLICA_ID

from . import _helpers as h
from .conftest import client_for

NAME = [{"op": "add", "path": "/name", "value": "Support widget"}]


@pytest.fixture
def public(fake: FakeTavus) -> Iterator[httpx.Client]:
    """Raw HTTP access without any x-api-key header, responses checked against the contract."""
    with client_for(fake) as client:
        del client.headers["x-api-key"]
        yield client


def test_create_and_get_answer_the_deployment_with_an_etag(http: httpx.Client) -> None:
    deployment_id = h.deployment(http, STOCK_PERSONA_ID, name="W", password="s3cret", limits={"max_call_duration": 60})
    assert (deployment_id[0], len(deployment_id)) == ("d", 17)
    got = http.get(f"/v2/deployments/{deployment_id}")
    body = h.ok(got)
    assert body["pal_id"] == STOCK_PERSONA_ID
    assert (body["channel"], body["status"], body["name"], body["has_password"]) == ("widget", "active", "W", True)
    assert "password" not in body
    assert (body["usage_total"], body["usage_today"]) == (0, 0)
    assert got.headers["etag"] == f'"{deployment_id}-1"'


def test_the_etag_changes_on_every_update_and_if_match_guards_it(http: httpx.Client) -> None:
    deployment_id = h.deployment(http, STOCK_PERSONA_ID)
    path = f"/v2/deployments/{deployment_id}"
    first = http.get(path).headers["etag"]
    updated = h.ok(http.patch(path, json=NAME, headers={"If-Match": first}))
    assert updated["name"] == "Support widget"
    second = http.get(path).headers["etag"]
    assert second != first
    stale = http.patch(path, json=[{"op": "add", "path": "/name", "value": "Lost"}], headers={"If-Match": first})
    assert (stale.status_code, stale.json()) == (412, {"message": "Precondition Failed"})
    assert h.ok(http.get(path))["name"] == "Support widget"  # the stale update changed nothing
    assert http.get(path).headers["etag"] == second
    h.ok(http.patch(path, json=NAME, headers={"If-Match": f'"other", {second}'}))  # a list holding the current one
    h.ok(http.patch(path, json=NAME, headers={"If-Match": "*"}))
    h.ok(http.patch(path, json=NAME))  # no If-Match: unconditional
    assert http.get(path).headers["etag"] == f'"{deployment_id}-5"'
    weak = http.patch(path, json=NAME, headers={"If-Match": f'W/"{deployment_id}-5"'})
    assert weak.status_code == 412  # If-Match compares strongly


def test_patch_keeps_read_only_fields_and_checks_the_result(http: httpx.Client) -> None:
    deployment_id = h.deployment(http, STOCK_PERSONA_ID)
    path = f"/v2/deployments/{deployment_id}"
    patched = h.ok(
        http.patch(
            path,
            json=[
                {"op": "replace", "path": "/deployment_id", "value": "dother"},
                {"op": "replace", "path": "/usage_total", "value": 99},
                {"op": "replace", "path": "/status", "value": "inactive"},
            ],
        )
    )
    assert (patched["deployment_id"], patched["usage_total"], patched["status"]) == (deployment_id, 0, "inactive")
    bad = http.patch(path, json=[{"op": "replace", "path": "/channel", "value": "tv"}])
    assert bad.status_code == 400
    assert http.patch(path, json=[{"op": "replace", "path": "/status", "value": "gone"}]).status_code == 400
    assert http.patch(path, json=[{"op": "test", "path": "/status", "value": "active"}]).status_code == 422
    unknown_pal = http.patch(path, json=[{"op": "replace", "path": "/pal_id", "value": "pnope"}])
    assert (unknown_pal.status_code, unknown_pal.json()) == (400, {"error": "pal_id: Invalid pal_id 'pnope'"})
    assert h.ok(http.get(path))["status"] == "inactive"


def test_create_needs_an_existing_pal(http: httpx.Client) -> None:
    response = http.post("/v2/deployments", json={"pal_id": "pnope", "channel": "embed"})
    assert (response.status_code, response.json()) == (400, {"error": "pal_id: Invalid pal_id 'pnope'"})
    assert http.post("/v2/deployments", json={"pal_id": STOCK_PERSONA_ID, "channel": "tv"}).status_code == 400


def test_a_missing_deployment_is_a_404_without_a_body(http: httpx.Client, public: httpx.Client) -> None:
    for response in (
        http.get("/v2/deployments/dnope"),
        http.patch("/v2/deployments/dnope", json=NAME),
        public.get("/v2/deployments/dnope/init"),
        public.post("/v2/deployments/dnope/start", json={}),
        public.post("/v2/deployments/dnope/conversations/c1/end"),
    ):
        assert (response.status_code, response.content) == (404, b"")


def test_public_operations_need_no_key_the_others_do(fake: FakeTavus, http: httpx.Client, public: httpx.Client) -> None:
    deployment_id = h.deployment(http, STOCK_PERSONA_ID)
    init = h.ok(public.get(f"/v2/deployments/{deployment_id}/init"))
    assert init == {
        "deployment_id": deployment_id,
        "channel": "widget",
        "customization": {},
        "has_password": False,
        "show_tavus_branding": True,
        "limits": {},
        "is_available": True,
    }
    with client_for(fake, key="wrong") as wrong:  # a key, even a wrong one, does not matter either
        h.ok(wrong.get(f"/v2/deployments/{deployment_id}/init"))
        assert wrong.get(f"/v2/deployments/{deployment_id}").status_code == 401
    assert public.get(f"/v2/deployments/{deployment_id}").status_code == 401
    assert public.patch(f"/v2/deployments/{deployment_id}", json=NAME).status_code == 401
    assert public.post("/v2/deployments", json={"pal_id": STOCK_PERSONA_ID, "channel": "widget"}).status_code == 401
    assert public.get("/v2/replicas").status_code == 401


def test_start_creates_a_conversation_and_end_ends_it(
    fake: FakeTavus, http: httpx.Client, public: httpx.Client
) -> None:
    deployment_id = h.deployment(http, STOCK_PERSONA_ID, name="Lobby", limits={"max_call_duration": 120})
    started = h.ok(
        public.post(f"/v2/deployments/{deployment_id}/start", json={"conversational_context": "A returning visitor"})
    )
    conversation_id = started["conversation_id"]
    assert (started["status"], started["conversation_name"]) == ("active", "Lobby")
    conversation = h.ok(http.get(f"/v2/conversations/{conversation_id}"))
    assert (conversation["persona_id"], conversation["replica_id"]) == (STOCK_PERSONA_ID, STOCK_REPLICA_ID)
    assert h.ok(http.get(f"/v2/deployments/{deployment_id}"))["usage_total"] == 1
    ended = h.ok(public.post(f"/v2/deployments/{deployment_id}/conversations/{conversation_id}/end"))
    assert ended == {"conversation_id": conversation_id, "status": "ended"}
    assert h.ok(http.get(f"/v2/conversations/{conversation_id}"))["status"] == "ended"
    again = h.ok(public.post(f"/v2/deployments/{deployment_id}/conversations/{conversation_id}/end"))
    assert again["status"] == "ended"  # ending twice is harmless
    later = h.ok(public.post(f"/v2/deployments/{deployment_id}/start", json={}))["conversation_id"]
    fake.advance(120)  # the deployment's limits.max_call_duration
    assert h.ok(http.get(f"/v2/conversations/{later}"))["status"] == "ended"


def test_end_only_ends_the_deployments_own_conversations(http: httpx.Client, public: httpx.Client) -> None:
    one = h.deployment(http, STOCK_PERSONA_ID)
    other = h.deployment(http, STOCK_PERSONA_ID)
    conversation_id = h.ok(public.post(f"/v2/deployments/{one}/start", json={}))["conversation_id"]
    direct = h.conversation(http, STOCK_REPLICA_ID)
    for path in (f"/v2/deployments/{other}/conversations/{conversation_id}/end",
                 f"/v2/deployments/{one}/conversations/{direct}/end"):  # fmt: skip
        assert public.post(path).status_code == 404
    assert h.ok(http.get(f"/v2/conversations/{conversation_id}"))["status"] == "active"


def test_password_and_status_gate_start(http: httpx.Client, public: httpx.Client) -> None:
    deployment_id = h.deployment(http, STOCK_PERSONA_ID, password="s3cret")
    start = f"/v2/deployments/{deployment_id}/start"
    assert h.ok(public.get(f"/v2/deployments/{deployment_id}/init"))["has_password"] is True
    wrong = public.post(start, json={"password": "guess"})
    assert (wrong.status_code, wrong.json()) == (403, {"message": "Invalid password"})
    h.ok(public.post(start, json={"password": "s3cret"}))
    inactive = [{"op": "replace", "path": "/status", "value": "inactive"}]
    h.ok(http.patch(f"/v2/deployments/{deployment_id}", json=inactive))
    init = h.ok(public.get(f"/v2/deployments/{deployment_id}/init"))
    assert (init["is_available"], init["unavailable_reason"]) == (False, "inactive")
    refused = public.post(start, json={"password": "s3cret"})
    assert (refused.status_code, refused.json()) == (400, {"error": "Deployment is inactive"})
    h.ok(http.patch(f"/v2/deployments/{deployment_id}", json=[{"op": "remove", "path": "/password"}]))
    assert h.ok(http.get(f"/v2/deployments/{deployment_id}"))["has_password"] is False


def test_the_client_round_trip_against_the_fake(fake: FakeTavus) -> None:
    with fake.client() as client, fake.client(api_key="not-the-key") as visitor:
        created = client.deployments.create(pal_id=STOCK_PERSONA_ID, channel="landing-page", name="Lobby")
        raw = client.deployments.with_raw_response.get(created.deployment_id)
        etag = raw.headers["ETag"]
        assert raw.parse().name == "Lobby"
        updated = client.deployments.update(created.deployment_id, if_match=etag, name="Hall")
        assert isinstance(updated, tavus.types.Deployment)
        assert updated.name == "Hall"
        with pytest.raises(tavus.APIStatusError) as info:
            client.deployments.update(created.deployment_id, if_match=etag, name="Lost")
        assert info.value.status_code == 412
        # the visitor's key is wrong, but the public operations are sent without it
        assert visitor.deployments.init(created.deployment_id).is_available is True
        started = visitor.deployments.start(created.deployment_id)
        assert client.conversations.get(str(started.conversation_id)).status == "active"
        visitor.deployments.end_conversation(created.deployment_id, str(started.conversation_id))
        assert client.conversations.get(str(started.conversation_id)).status == "ended"
        with pytest.raises(tavus.AuthenticationError):
            visitor.deployments.get(created.deployment_id)
        with pytest.raises(tavus.NotFoundError):
            client.deployments.get("dnope")
    public = [r for r in fake.requests if "/init" in r.path or r.path.endswith(("/start", "/end"))]
    assert len(public) == 3
    assert all("x-api-key" not in r.headers for r in public)
