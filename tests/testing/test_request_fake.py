"""`client.request(...)` against the fake: real routing, auth, state and scripted faults (issue 10).

The fake implements the vendored contract (all 54 operations), so these calls use contract paths
through the untyped door, and a path outside it gets the fake's 404 like any unknown route.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import tavus
from tavus import api_path
from tavus.testing import FakeTavus

STOCK = FakeTavus.STOCK_REPLICA_ID
PERSONA = {"persona_name": "Support", "system_prompt": "Be brief.", "pipeline_mode": "full"}


@pytest.fixture
def client(fake: FakeTavus) -> Any:
    with fake.client() as client:
        yield client


def test_crud_through_request_matches_the_typed_methods(fake: FakeTavus, client: Any) -> None:
    created = client.request("POST", "/v2/personas", json=PERSONA)
    persona_id = created["persona_id"]
    path = api_path("/v2/personas/{persona_id}", persona_id=persona_id)
    assert client.request("GET", path)["data"][0]["persona_name"] == "Support"  # the spec's shape
    assert client.personas.get(persona_id).persona_name == "Support"
    patch = [{"op": "replace", "path": "/persona_name", "value": "Sales"}]
    client.request("PATCH", path, json=patch)
    assert client.personas.get(persona_id).persona_name == "Sales"
    assert client.request("DELETE", path) is None
    with pytest.raises(tavus.BadRequestError, match="Invalid persona_id"):  # Tavus's answer to a gone id
        client.request("GET", path)
    listed = client.request("GET", "/v2/replicas", params={"limit": 1, "page": 1})
    assert [r["replica_id"] for r in listed["data"]] == [STOCK]
    assert fake.executed("createPersona") == 1
    assert fake.executed("deletePersona") == 1


def test_a_path_outside_the_contract_is_not_found(client: Any) -> None:
    with pytest.raises(tavus.NotFoundError) as info:
        client.request("GET", "/v2/holograms")
    assert info.value.status_code == 404
    assert info.value.may_have_been_processed is False


def test_wrong_method_is_a_405_status_error(client: Any) -> None:
    with pytest.raises(tavus.APIStatusError) as info:
        client.request("PUT", "/v2/replicas")
    assert info.value.status_code == 405


def test_wrong_key_is_authentication_error(fake: FakeTavus) -> None:
    with fake.client().with_options(api_key="tvs_wrong") as client, pytest.raises(tavus.AuthenticationError):
        client.request("GET", "/v2/replicas")
    assert fake.executed("listReplicas") == 0


def test_the_fakes_own_validation_is_bad_request(fake: FakeTavus, client: Any) -> None:
    with pytest.raises(tavus.BadRequestError) as info:
        client.request("POST", "/v2/personas", json={"persona_name": 5})
    assert info.value.status_code == 400
    assert fake.executed("createPersona") == 1  # it ran, and refused


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, tavus.BadRequestError),
        (401, tavus.AuthenticationError),
        (402, tavus.PaymentRequiredError),
        (403, tavus.PermissionDeniedError),
        (404, tavus.NotFoundError),
        (409, tavus.ConflictError),
        (422, tavus.UnprocessableEntityError),
        (500, tavus.InternalServerError),
    ],
)
def test_scripted_statuses_map_to_their_classes(status: int, cls: type, fake: FakeTavus, client: Any) -> None:
    fake.fail_next("createPersona", status=status, times=3)
    with pytest.raises(cls) as info:
        client.request("POST", "/v2/personas", json=PERSONA)
    assert type(info.value) is cls
    assert info.value.status_code == status
    assert fake.executed("createPersona") == 0
    assert len(fake.requests) == 1  # POST: never retried on these


def test_get_is_retried_through_503_and_429(fake: FakeTavus, client: Any) -> None:
    fake.fail_next("getReplica", status=503)
    fake.fail_next("getReplica", status=429, retry_after=2)
    before = fake.now()
    replica = client.request("GET", api_path("/v2/replicas/{replica_id}", replica_id=STOCK))
    assert replica["replica_id"] == STOCK
    assert [r.status for r in fake.requests] == [503, 429, 200]
    assert fake.now() - before >= 2  # Retry-After, slept on the fake clock


def test_post_is_retried_on_429_but_not_on_503(fake: FakeTavus, client: Any) -> None:
    fake.fail_next("createPersona", status=429)
    assert client.request("POST", "/v2/personas", json=PERSONA)["persona_id"]
    assert fake.executed("createPersona") == 1
    fake.fail_next("createPersona", status=503)
    with pytest.raises(tavus.InternalServerError) as info:
        client.request("POST", "/v2/personas", json=PERSONA)
    assert info.value.may_have_been_processed is True
    assert fake.executed("createPersona") == 1


def test_refused_connection_is_retried_even_for_post(fake: FakeTavus, client: Any) -> None:
    fake.refuse_connection("createPersona", times=2)
    assert client.request("POST", "/v2/personas", json=PERSONA)["persona_id"]
    assert fake.executed("createPersona") == 1


def test_timeout_after_processing_a_post_is_not_retried_and_says_so(fake: FakeTavus, client: Any) -> None:
    fake.timeout("createPersona")
    with pytest.raises(tavus.APITimeoutError) as info:
        client.request("POST", "/v2/personas", json=PERSONA)
    assert info.value.may_have_been_processed is True
    assert fake.executed("createPersona") == 1


def test_dropped_connection_on_get_is_retried(fake: FakeTavus, client: Any) -> None:
    fake.drop_connection("listPersonas")
    assert "data" in client.request("GET", "/v2/personas")
    assert len(fake.requests) == 2


def test_malformed_body_is_response_validation_error(fake: FakeTavus, client: Any) -> None:
    fake.malformed_body("listReplicas", "html")
    with pytest.raises(tavus.ResponseValidationError) as info:
        client.request("GET", "/v2/replicas")
    assert info.value.status_code == 200


def test_the_key_is_sent_and_never_recorded_in_errors(fake: FakeTavus, client: Any) -> None:
    fake.fail_next("listReplicas", status=400)
    with pytest.raises(tavus.BadRequestError) as info:
        client.request("GET", "/v2/replicas")
    assert fake.api_key not in str(info.value) + repr(info.value.response.request.headers)
    assert fake.requests[-1].status == 400


def test_async_request_against_the_fake(fake: FakeTavus) -> None:
    async def run() -> None:
        async with fake.async_client() as client:
            created = await client.request("POST", "/v2/personas", json=PERSONA)
            path = api_path("/v2/personas/{persona_id}", persona_id=created["persona_id"])
            assert (await client.request("GET", path))["data"][0]["persona_name"] == "Support"
            fake.fail_next("getPersona", status=502)
            assert (await client.request("GET", path))["data"][0]["persona_id"] == created["persona_id"]
            assert (await client.request("GET", "/v2/voices", params={"search": "ann"}))["total_count"] == 1
            with pytest.raises(tavus.NotFoundError, match="Pronunciation dictionary not found"):
                await client.request("GET", "/v2/pronunciation-dictionaries/pd_missing")

    asyncio.run(run())


def test_the_remaining_error_classes_against_the_fake(fake: FakeTavus) -> None:
    client = fake.client(max_retries=1)
    fake.fail_next("listPersonas", status=429, times=2)
    with pytest.raises(tavus.RateLimitError) as limited:
        client.request("GET", "/v2/personas")
    assert limited.value.may_have_been_processed is False
    fake.refuse_connection("listPersonas", times=2)
    with pytest.raises(tavus.APIConnectionError) as refused:
        client.request("GET", "/v2/personas")
    assert type(refused.value) is tavus.APIConnectionError
    assert refused.value.may_have_been_processed is False
    assert fake.executed("listPersonas") == 0
    client.close()
    with pytest.raises(tavus.ClientClosedError):
        client.request("GET", "/v2/personas")
    with pytest.raises(tavus.TavusValidationError):
        fake.client().request("GET", "/v2/personas?limit=1")
    assert len(fake.requests) == 4


def test_an_id_with_a_slash_cannot_reach_another_endpoint(fake: FakeTavus, client: Any) -> None:
    """The fake, like Starlette, routes on the decoded path: `r1%2Fname` would be the rename endpoint."""
    with pytest.raises(tavus.TavusValidationError):
        client.request("PATCH", api_path("/v2/replicas/{replica_id}", replica_id=f"{STOCK}/name"), json={})
    with pytest.raises(tavus.TavusValidationError):
        client.request("PATCH", f"/v2/replicas/{STOCK}%2Fname", json={"replica_name": "pwned"})
    assert fake.requests == []
