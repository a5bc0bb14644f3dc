"""Typed errors for every status; tolerant parsing of 2xx bodies that deviate from the contract (issue 4)."""

from __future__ import annotations

import functools
import json
from typing import Any

import httpx
import pytest
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tavus
from tavus import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidIdError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    TavusError,
    UnprocessableEntityError,
)

from .conftest import API_KEY, BASE_URL

STATUS_ERRORS = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (402, PaymentRequiredError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
    (418, APIStatusError),
]


@pytest.fixture
def client(make_client: Any) -> tavus.Tavus:
    return make_client(max_retries=0)  # type: ignore[no-any-return]


@pytest.mark.parametrize(("status", "cls"), STATUS_ERRORS)
def test_status_raises_its_error_class(status: int, cls: type, client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(status, json={"error": "Invalid replica_id"})
    with pytest.raises(cls) as info:
        client.replicas.get("r1")
    exc = info.value
    assert type(exc) is (InvalidIdError if status == 400 else cls)  # the body names an unknown id
    assert isinstance(exc, APIStatusError)
    assert exc.status_code == status
    assert exc.message == "Invalid replica_id"
    assert exc.body == {"error": "Invalid replica_id"}
    assert isinstance(exc.response, httpx.Response)
    assert exc.response.status_code == status
    assert f"-> {status}: Invalid replica_id" in str(exc)
    assert "/v2/replicas/r1" in str(exc)


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "cls"), STATUS_ERRORS)
async def test_async_status_raises_its_error_class(status: int, cls: type, make_aclient: Any) -> None:
    client = make_aclient(max_retries=0)
    with respx.mock(base_url=BASE_URL) as api:
        api.get("/v2/videos/v1").respond(status, json={"message": "nope" if status != 400 else "Invalid video_id"})
        with pytest.raises(cls) as info:
            await client.videos.get("v1")
    await client.aclose()
    assert type(info.value) is (InvalidIdError if status == 400 else cls)
    assert info.value.status_code == status
    assert info.value.message == ("nope" if status != 400 else "Invalid video_id")


def test_message_from_message_key(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(404, json={"message": "Replica not found"})
    with pytest.raises(NotFoundError) as info:
        client.replicas.get("r1")
    assert info.value.message == "Replica not found"
    assert info.value.body == {"message": "Replica not found"}


def test_error_key_wins_over_message_key(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(400, json={"message": "m", "error": "e"})
    with pytest.raises(BadRequestError) as info:
        client.replicas.get("r1")
    assert info.value.message == "e"


def test_message_from_html_body(client: Any, api: respx.MockRouter) -> None:
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    api.get("/v2/replicas/r1").respond(502, text=html, headers={"content-type": "text/html"})
    with pytest.raises(InternalServerError) as info:
        client.replicas.get("r1")
    assert info.value.message == html
    assert info.value.body == html
    assert info.value.status_code == 502
    assert "502 Bad Gateway" in str(info.value)


def test_message_from_plain_text_body_is_truncated(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(500, text="  x" * 400)
    with pytest.raises(InternalServerError) as info:
        client.replicas.get("r1")
    assert info.value.message.endswith("...")
    assert len(info.value.message) == 503


def test_empty_error_body(client: Any, api: respx.MockRouter) -> None:
    api.delete("/v2/replicas/r1").respond(403)
    with pytest.raises(PermissionDeniedError) as info:
        client.replicas.delete("r1")
    assert info.value.message == ""
    assert info.value.body == ""
    assert "(empty body)" in str(info.value)


@pytest.mark.parametrize("body", [{"error": 42}, {"error": None, "message": ["a"]}, [1, 2], "str", 3])
def test_non_string_error_fields_fall_back_to_the_text(body: Any, client: Any, api: respx.MockRouter) -> None:
    text = json.dumps(body)
    api.get("/v2/replicas/r1").respond(400, content=text.encode(), headers={"content-type": "application/json"})
    with pytest.raises(BadRequestError) as info:
        client.replicas.get("r1")
    assert info.value.body == body
    assert info.value.message == text


def test_status_error_on_post_says_whether_it_may_have_been_processed(client: Any, api: respx.MockRouter) -> None:
    api.post("/v2/videos").respond(400, json={"error": "bad"})
    with pytest.raises(BadRequestError) as info:
        client.videos.create(replica_id="r1", script="hi")
    assert info.value.may_have_been_processed is False
    api.post("/v2/videos").respond(500, json={"error": "boom"})
    with pytest.raises(InternalServerError) as info5:
        client.videos.create(replica_id="r1", script="hi")
    assert info5.value.may_have_been_processed is True
    assert "may have been processed" in str(info5.value)


# --- 2xx bodies ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"<html>maintenance</html>", "text/html"),
        (b"not json at all", "text/plain"),
        (b"[1, 2, 3]", "application/json"),
        (b'"a string"', "application/json"),
        (b"42", "application/json"),
        (b"null", "application/json"),
        (b'{"unterminated": ', "application/json"),
        (b"\xff\xfe\x00garbage", "application/octet-stream"),
    ],
)
def test_2xx_that_is_not_a_json_object(content: bytes, content_type: str, client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(200, content=content, headers={"content-type": content_type})
    with pytest.raises(ResponseValidationError) as info:
        client.replicas.get("r1")
    assert info.value.body == content
    assert info.value.status_code == 200
    assert info.value.response.content == content
    assert isinstance(info.value, TavusError)
    assert info.value.response.request.headers["x-api-key"] == "[redacted]"


def test_2xx_with_extra_fields_keeps_them(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(200, json={"replica_id": "r1", "new_field": {"x": [1]}, "other": 2})
    replica = client.replicas.get("r1")
    assert replica.replica_id == "r1"
    assert replica.additional_properties == {"new_field": {"x": [1]}, "other": 2}


def test_2xx_with_missing_fields(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(200, json={"replica_id": "r1"})
    replica = client.replicas.get("r1")
    assert type(replica).__name__ == "Replica"
    assert replica.to_dict() == {"replica_id": "r1"}
    assert (replica.status, replica.training_progress) == (None, None)
    assert replica.fields_set == {"replica_id"}


def test_2xx_without_the_resources_id_is_a_response_validation_error(client: Any, api: respx.MockRouter) -> None:
    """The id is what the SDK guarantees of a resource (`replica_id: str`): a body without it is no replica."""
    api.get("/v2/replicas/r1").respond(200, json={"status": "ready"})
    with pytest.raises(ResponseValidationError, match="needs 'replica_id'") as info:
        client.replicas.get("r1")
    assert info.value.body == b'{"status":"ready"}'


def test_2xx_with_nulls(client: Any, api: respx.MockRouter) -> None:
    body = {"replica_id": "r1", "status": None, "training_progress": None, "error_message": None}
    api.get("/v2/replicas/r1").respond(200, json=body)
    replica = client.replicas.get("r1")
    assert replica.status is None
    assert replica.training_progress is None


def test_2xx_with_unknown_enum_like_value(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(200, json={"replica_id": "r1", "status": "quantum-training"})
    assert client.replicas.get("r1").status == "quantum-training"


def test_2xx_with_numbers_as_strings(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/personas").respond(200, json={"data": [{"persona_id": "p1"}], "total_count": "1"})
    page = client.personas.list()
    assert page.total_count == 1
    assert len(page.data) == 1
    api.get("/v2/documents/d1").respond(200, json={"document_id": "d1", "progress": "37"})
    assert client.documents.get("d1").to_dict()["progress"] == "37"


def test_list_with_data_of_the_wrong_type_is_an_empty_page(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/personas").respond(200, json={"data": "oops", "total_count": True})
    page = client.personas.list()
    assert page.data == []
    assert page.total_count is None
    assert page.has_next_page() is False


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=12,
)
KEYS = st.sampled_from(["data", "total_count", "replica_id", "status", "training_progress", "persona_id", "x"])
BODIES = JSON | st.dictionaries(KEYS, JSON, max_size=4) | st.fixed_dictionaries({"data": st.lists(JSON, max_size=3)})


@functools.cache
def _shared_client() -> tavus.Tavus:
    return tavus.Tavus(api_key=API_KEY, max_retries=0)


@settings(
    derandomize=True, max_examples=200, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(body=BODIES)
def test_any_json_body_gives_a_model_or_a_typed_error(body: Any) -> None:
    client = _shared_client()
    with respx.mock(base_url=BASE_URL) as api:
        content = json.dumps(body).encode()
        api.get("/v2/replicas/r1").respond(200, content=content, headers={"content-type": "application/json"})
        api.get("/v2/personas").respond(200, content=content, headers={"content-type": "application/json"})
        for call in (lambda: client.replicas.get("r1"), lambda: client.personas.list(limit=2)):
            try:
                result = call()
            except ResponseValidationError as exc:
                error: ResponseValidationError | None = exc
            else:
                error = None
            if error is not None:
                assert error.body == content
                assert error.status_code == 200
            else:
                assert result is not None
                if isinstance(result, tavus.Page):
                    assert isinstance(result.data, list)
                    result.has_next_page()
                    list(result.data)  # this page (iterating the page would walk every page)
                else:
                    result.to_dict()


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v2/replicas/r-nope", {"error": "Invalid replica_id"}),
        ("/v2/videos/v-nope", {"error": "Invalid video_id"}),
        ("/v2/personas/p-nope", {"message": "Invalid persona_id"}),
    ],
)
def test_an_unknown_id_is_a_not_found_error_though_tavus_answers_400(
    path: str, body: dict[str, str], client: Any, api: respx.MockRouter
) -> None:
    """Tavus answers 400 {"error": "Invalid replica_id"} (the contract's example), not 404: one
    `except tavus.NotFoundError` still catches "that id does not exist", across resources."""
    api.get(path).respond(400, json=body)
    resource = {"replicas": client.replicas, "videos": client.videos, "personas": client.personas}[path.split("/")[2]]
    with pytest.raises(tavus.NotFoundError) as info:
        resource.get(path.rsplit("/", 1)[1])
    assert isinstance(info.value, tavus.InvalidIdError)
    assert isinstance(info.value, tavus.BadRequestError)  # by status, as before
    assert info.value.status_code == 400


@pytest.mark.parametrize("message", ["Invalid original_video_url", "replica_id is required", "Invalid JSON"])
def test_other_400s_stay_bad_requests(message: str, client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas/r1").respond(400, json={"error": message})
    with pytest.raises(tavus.BadRequestError) as info:
        client.replicas.get("r1")
    assert not isinstance(info.value, tavus.NotFoundError)


def test_a_connection_error_message_has_one_full_stop(client: Any, api: respx.MockRouter) -> None:
    """Before: `... (injected by FakeTavus).. The request ...`."""
    api.get("/v2/replicas/r1").mock(side_effect=httpx.ConnectError("refused (injected by FakeTavus)."))
    with pytest.raises(tavus.APIConnectionError) as info:
        client.with_options(max_retries=0).replicas.get("r1")
    assert ".." not in str(info.value)
    assert str(info.value).endswith("(injected by FakeTavus). The request was not processed by the server.")
