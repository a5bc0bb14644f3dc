"""The API key never shows in errors, reprs, or the requests handed to the user (issue 4)."""

from __future__ import annotations

import pickle
import traceback
from typing import Any

import httpx
import pytest
import respx

from tavus import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncTavus,
    ResponseValidationError,
    Tavus,
    TavusError,
    TavusValidationError,
)

from .conftest import API_KEY


def _assert_no_key(exc: BaseException) -> None:
    assert API_KEY not in str(exc)
    assert API_KEY not in repr(exc)
    assert API_KEY not in "".join(traceback.format_exception(exc))


@pytest.mark.parametrize("status", [400, 401, 404, 422, 429, 500, 503])
def test_status_errors_hide_the_key(status: int, make_client: Any, api: respx.MockRouter) -> None:
    client = make_client(max_retries=1)
    route = api.get("/v2/replicas/r1").respond(status, json={"error": "nope"})
    with pytest.raises(APIStatusError) as info:
        client.replicas.get("r1")
    _assert_no_key(info.value)
    assert info.value.response.request.headers["x-api-key"] == "[redacted]"
    assert route.calls.last.request.headers["x-api-key"] == API_KEY  # what went over the wire


def test_401_error_hides_the_key(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(401, json={"error": "Invalid API key"})
    with pytest.raises(APIStatusError) as info:
        client.replicas.get("r1")
    assert dict(info.value.response.request.headers)["x-api-key"] == "[redacted]"
    _assert_no_key(info.value)


@pytest.mark.parametrize("exc", [httpx.ConnectError, httpx.ReadTimeout, httpx.RemoteProtocolError])
def test_connection_errors_hide_the_key(exc: type, make_client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").mock(side_effect=exc("failed"))
    with pytest.raises(APIConnectionError) as info:
        make_client(max_retries=0).replicas.get("r1")
    _assert_no_key(info.value)
    assert info.value.request.headers["x-api-key"] == "[redacted]"
    cause = info.value.__cause__
    assert isinstance(cause, httpx.TransportError)
    assert cause.request.headers["x-api-key"] == "[redacted]"


def test_response_validation_error_hides_the_key(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(200, text="not json")
    with pytest.raises(ResponseValidationError) as info:
        client.replicas.get("r1")
    _assert_no_key(info.value)
    assert info.value.response.request.headers["x-api-key"] == "[redacted]"


def test_validation_errors_hide_the_key(client: Any) -> None:
    with pytest.raises(TavusValidationError) as info:
        client.replicas.create()
    _assert_no_key(info.value)
    bad = API_KEY + "\n"
    with pytest.raises(TavusError) as info2:
        Tavus(api_key=bad)
    _assert_no_key(info2.value)


@pytest.mark.parametrize("cls", [Tavus, AsyncTavus])
def test_client_repr_and_copies_hide_the_key(cls: type) -> None:
    client = cls(api_key=API_KEY)
    for obj in (client, client.with_options(timeout=3.0), client.replicas._client):
        assert API_KEY not in repr(obj)
        assert API_KEY not in str(obj)
        assert API_KEY not in format(obj)


def test_exceptions_survive_pickling_without_the_key(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(200, text="not json")
    with pytest.raises(ResponseValidationError) as info:
        client.replicas.get("r1")
    data = pickle.dumps(info.value.args)
    assert API_KEY.encode() not in data
    assert b"not json" in data or b"JSON" in data


@pytest.mark.anyio
async def test_async_errors_hide_the_key(make_aclient: Any, api: respx.MockRouter) -> None:
    client = make_aclient(max_retries=0)
    api.get("/v2/replicas/r1").respond(500, json={"error": "boom"})
    api.get("/v2/replicas/r2").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APIStatusError) as info:
        await client.replicas.get("r1")
    _assert_no_key(info.value)
    assert info.value.response.request.headers["x-api-key"] == "[redacted]"
    with pytest.raises(APITimeoutError) as info2:
        await client.replicas.get("r2")
    _assert_no_key(info2.value)
    assert info2.value.request.headers["x-api-key"] == "[redacted]"
    await client.aclose()


def test_a_short_key_is_not_cut_out_of_words(make_client: Any, api: respx.MockRouter) -> None:
    """Before: with the key "k", `Name or service not known` became `not [redacted]nown`."""
    client = make_client(api_key="k", max_retries=0)
    api.get("/v2/replicas/r1").mock(side_effect=httpx.ConnectError("Name or service not known"))
    with pytest.raises(APIConnectionError) as info:
        client.replicas.get("r1")
    assert "Name or service not known" in str(info.value)
    api.get("/v2/replicas/r2").respond(401, json={"message": "key k is not valid for this kit"})
    with pytest.raises(APIStatusError) as status:
        client.replicas.get("r2")
    assert status.value.message == "key [redacted] is not valid for this kit"  # the token goes, the word stays
