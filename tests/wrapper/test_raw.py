"""`client.with_raw_response`: status, headers, body and parse(); errors; redaction (issue 4)."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from tavus import AsyncPage, NotFoundError, Page, RawResponse, ResponseValidationError

from .conftest import API_KEY

R = {"replica_id": "r1", "status": "ready"}


def test_raw_get(client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").respond(200, json=R, headers={"X-Request-Id": "req-1"})
    raw = client.with_raw_response.replicas.get("r1", verbose=True)
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-1"
    assert raw.content == route.calls.last.response.content
    assert raw.json() == R
    assert '"replica_id"' in raw.text
    model = raw.parse()
    assert type(model).__name__ == "Replica"
    assert model.replica_id == "r1"
    assert repr(raw) == "<RawResponse [200]>"
    assert route.calls.last.request.url.params["verbose"] == "true"


def test_raw_request_carries_the_key_but_the_handed_out_copy_is_redacted(client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    raw = client.with_raw_response.replicas.get("r1")
    assert route.calls.last.request.headers["x-api-key"] == API_KEY
    assert raw.http_response.request.headers["x-api-key"] == "[redacted]"
    assert API_KEY not in repr(raw.http_response.request.headers)
    assert API_KEY not in str(raw.http_response.request.headers.raw)


def test_raw_204_parses_to_none(client: Any, api: respx.MockRouter) -> None:
    api.delete("/v2/personas/p1").respond(204)
    raw = client.with_raw_response.personas.delete("p1")
    assert raw.status_code == 204
    assert raw.content == b""
    assert raw.parse() is None


def test_raw_list_is_one_raw_page_that_parses_to_the_page(client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas").respond(200, json={"data": [R], "total_count": 1})
    raw = client.with_raw_response.replicas.list(limit=1)
    assert isinstance(raw, RawResponse)
    assert raw.json()["total_count"] == 1
    page = raw.parse()
    assert isinstance(page, Page)
    assert [r.replica_id for r in page] == ["r1"]  # what `list()` returns; iterating it is not raw
    assert route.call_count == 1


def test_raw_response_on_the_resource_is_the_client_level_one(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(200, json=R)
    raw = client.replicas.with_raw_response.get("r1")
    assert raw.status_code == 200
    assert raw.parse().replica_id == "r1"
    assert client.with_raw_response.replicas is client.replicas.with_raw_response


@pytest.mark.anyio
async def test_async_raw_response_on_the_resource(aclient: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas").respond(200, json={"data": [R], "total_count": 1})
    raw = await aclient.replicas.with_raw_response.list()
    assert raw.status_code == 200
    page = raw.parse()
    assert isinstance(page, AsyncPage)
    assert [r.replica_id async for r in page] == ["r1"]


def test_raw_parse_of_a_bad_body_raises(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(200, text="<html>oops</html>")
    raw = client.with_raw_response.replicas.get("r1")
    assert raw.text == "<html>oops</html>"
    with pytest.raises(ResponseValidationError):
        raw.parse()


def test_raw_errors_still_raise(make_client: Any, api: respx.MockRouter) -> None:
    client = make_client(max_retries=0)
    api.get("/v2/replicas/r1").respond(404, json={"error": "Replica not found"})
    with pytest.raises(NotFoundError) as info:
        client.with_raw_response.replicas.get("r1")
    assert info.value.response.request.headers["x-api-key"] == "[redacted]"


def test_raw_error_response_parse_raises_the_typed_error(make_client: Any, api: respx.MockRouter) -> None:
    """Whatever `with_raw_response` does on a 4xx, parse() must end in the typed error."""
    client = make_client(max_retries=0)
    api.get("/v2/replicas/r1").respond(404, json={"error": "Replica not found"})
    with pytest.raises(NotFoundError) as info:
        client.with_raw_response.replicas.get("r1").parse()
    assert info.value.message == "Replica not found"


def test_raw_validation_still_runs_before_sending(client: Any, api: respx.MockRouter) -> None:
    route = api.route().respond(200, json={})
    with pytest.raises(ValueError, match="replica_id"):
        client.with_raw_response.replicas.get("a/b")
    assert not route.called


def test_raw_exposes_only_api_methods(client: Any) -> None:
    raw = client.with_raw_response
    with pytest.raises(AttributeError):
        raw.replicas.iter  # noqa: B018
    with pytest.raises(AttributeError):
        raw.replicas.wait  # noqa: B018
    with pytest.raises(AttributeError):
        raw.nothing  # noqa: B018
    assert callable(raw.documents.recrawl)
    assert callable(raw.conversations.end)


def test_raw_does_not_change_the_normal_client(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(200, json=R)
    client.with_raw_response.replicas.get("r1")
    assert type(client.replicas.get("r1")).__name__ == "Replica"
    assert client.with_raw_response._client._shared is client._shared


@pytest.mark.anyio
async def test_async_raw(aclient: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").respond(200, json=R, headers={"X-Request-Id": "req-2"})
    raw = await aclient.with_raw_response.replicas.get("r1")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-2"
    assert raw.parse().status == "ready"
    assert raw.http_response.request.headers["x-api-key"] == "[redacted]"
    assert route.calls.last.request.headers["x-api-key"] == API_KEY
    api.get("/v2/documents").respond(200, json={"data": []})
    assert isinstance(await aclient.with_raw_response.documents.list(), RawResponse)


@pytest.mark.anyio
async def test_async_raw_errors_still_raise(make_aclient: Any, api: respx.MockRouter) -> None:
    client = make_aclient(max_retries=0)
    api.get("/v2/replicas/r1").respond(404, json={"error": "nf"})
    try:
        with pytest.raises(NotFoundError):
            await client.with_raw_response.replicas.get("r1")
    finally:
        await client.aclose()
