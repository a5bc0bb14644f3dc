"""`client.request(...)` for endpoints newer than the contract: the guarantees of the typed methods (issue 10).

The retry table, the error classes, `may_have_been_processed`, timeouts, logging and key redaction
are checked here on `request` itself, against respx; `tests/testing/test_request_fake.py` runs it
against the fake.
"""

from __future__ import annotations

import enum
import json
import logging
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
import respx
from hypothesis import given, settings
from hypothesis import strategies as st

import tavus
from tavus import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    RawResponse,
    ResponseValidationError,
    TavusValidationError,
    api_path,
)

from .conftest import API_KEY, BASE_URL
from .test_errors import STATUS_ERRORS

VOICES = "/v2/voices"
DICTIONARY = "/v2/pronunciation-dictionaries/pd1"

# --- what comes back ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"data": [{"voice_id": "v1"}], "total_count": 1}, {"data": [{"voice_id": "v1"}], "total_count": 1}),
        ([{"voice_id": "v1"}], [{"voice_id": "v1"}]),
        ("ok", "ok"),
        (3, 3),
    ],
)
def test_returns_the_parsed_json(body: Any, expected: Any, client: Any, api: respx.MockRouter) -> None:
    api.get(VOICES).respond(200, json=body)
    assert client.request("GET", VOICES) == expected


@pytest.mark.parametrize("response", [httpx.Response(204), httpx.Response(200), httpx.Response(304)])
def test_no_body_returns_none(response: httpx.Response, client: Any, api: respx.MockRouter) -> None:
    api.delete(DICTIONARY).mock(return_value=response)
    assert client.request("DELETE", DICTIONARY) is None


def test_a_2xx_that_is_not_json_is_a_response_validation_error(client: Any, api: respx.MockRouter) -> None:
    api.get(VOICES).respond(200, text="<html>maintenance</html>")
    with pytest.raises(ResponseValidationError) as info:
        client.request("GET", VOICES)
    assert info.value.status_code == 200
    assert "<html>maintenance</html>" in str(info.value.body)


def test_head_returns_none(client: Any, api: respx.MockRouter) -> None:
    api.head(VOICES).respond(200, headers={"content-length": "0"})
    assert client.request("head", VOICES) is None


# --- what is sent ---------------------------------------------------------------------------------


def test_sends_method_path_query_json_and_headers(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/pronunciation-dictionaries").respond(200, json={"dictionary_id": "pd1"})
    result = client.request(
        "post",
        "/v2/pronunciation-dictionaries",
        json={"name": "Brand names", "rules": [{"word": "Tavus", "alias": "tah-vus"}], "ünï": "ç"},
        params={"tag": ["a", "b"], "verbose": True},
        headers={"X-Trace": "t-1"},
    )
    assert result == {"dictionary_id": "pd1"}
    request = route.calls.last.request
    assert request.method == "POST"
    assert request.url.path == "/v2/pronunciation-dictionaries"
    assert request.url.params.get_list("tag") == ["a", "b"]
    assert request.url.params["verbose"] == "true"
    assert json.loads(request.content) == {
        "name": "Brand names",
        "rules": [{"word": "Tavus", "alias": "tah-vus"}],
        "ünï": "ç",
    }
    assert request.headers["content-type"] == "application/json"
    assert request.headers["x-trace"] == "t-1"
    assert request.headers["x-api-key"] == API_KEY
    assert request.headers["user-agent"].startswith("tavus-sdk-python/")


def test_no_json_means_no_body_and_no_content_type(client: Any, api: respx.MockRouter) -> None:
    route = api.get(VOICES).respond(200, json={})
    client.request("GET", VOICES)
    request = route.calls.last.request
    assert request.content == b""
    assert "content-type" not in request.headers
    assert request.url.query == b""


def test_json_null_members_and_falsy_bodies_are_sent(client: Any, api: respx.MockRouter) -> None:
    route = api.patch(DICTIONARY).respond(200, json={})
    client.request("PATCH", DICTIONARY, json=[])
    assert route.calls.last.request.content == b"[]"
    client.request("PATCH", DICTIONARY, json={"alias": None})
    assert route.calls.last.request.content == b'{"alias":null}'


def test_per_call_timeout_reaches_the_transport(client: Any, api: respx.MockRouter) -> None:
    route = api.get(VOICES).respond(200, json={})
    client.request("GET", VOICES, timeout=3.5)
    assert route.calls.last.request.extensions["timeout"] == httpx.Timeout(3.5).as_dict()
    client.request("GET", VOICES)
    assert route.calls.last.request.extensions["timeout"] == client.timeout.as_dict()
    client.request("GET", VOICES, timeout=None)
    assert route.calls.last.request.extensions["timeout"] == httpx.Timeout(None).as_dict()


def test_with_options_settings_apply(client: Any, api: respx.MockRouter) -> None:
    route = api.get(VOICES).respond(200, json={})
    client.with_options(default_headers={"X-Team": "growth"}, api_key="tvs_other_key").request("GET", VOICES)
    assert route.calls.last.request.headers["x-team"] == "growth"
    assert route.calls.last.request.headers["x-api-key"] == "tvs_other_key"


def test_api_path_escapes_each_segment_on_the_wire(client: Any, api: respx.MockRouter) -> None:
    route = api.get(url__regex=r"/v2/pals/.*").respond(200, json={})
    client.request("GET", api_path("/v2/pals/{pal_id}", pal_id="p1:x@y;z=1,é"))
    assert route.calls.last.request.url.raw_path == b"/v2/pals/p1%3Ax%40y%3Bz%3D1%2C%C3%A9"


# --- the retry table, on request() ----------------------------------------------------------------

IDEMPOTENT = ["GET", "DELETE", "PUT", "HEAD", "OPTIONS"]
UNSAFE = ["POST", "PATCH"]
# failure -> (retried for GET/DELETE/PUT/HEAD/OPTIONS, retried for POST/PATCH): the README's table.
TABLE: dict[str, tuple[bool, bool]] = {
    "ConnectError": (True, True),
    "ConnectTimeout": (True, True),
    "429": (True, True),
    "408": (True, False),
    "500": (True, False),
    "502": (True, False),
    "503": (True, False),
    "504": (True, False),
    "ReadTimeout": (True, False),
    "RemoteProtocolError": (True, False),
    "400": (False, False),
    "404": (False, False),
    "409": (False, False),
    "501": (False, False),
}


def _failure(name: str) -> Any:
    if name.isdigit():
        return httpx.Response(int(name), json={"message": f"status {name}"})
    return getattr(httpx, name)("boom")


@pytest.mark.parametrize("method", IDEMPOTENT + UNSAFE)
@pytest.mark.parametrize("failure", list(TABLE))
def test_retry_table_row(method: str, failure: str, make_client: Any, api: respx.MockRouter, clock: Any) -> None:
    client = make_client(max_retries=2)
    route = api.route(method=method, path="/v2/lipsync").mock(side_effect=[_failure(failure)] * 3)
    retried = TABLE[failure][0 if method in IDEMPOTENT else 1]
    with pytest.raises(tavus.TavusError) as info:
        client.request(method, "/v2/lipsync")
    assert route.call_count == (3 if retried else 1)
    assert len(clock.sleeps) == (2 if retried else 0)
    if failure.isdigit():
        assert isinstance(info.value, APIStatusError)
        assert info.value.status_code == int(failure)


@pytest.mark.parametrize("method", IDEMPOTENT + UNSAFE)
def test_a_retried_failure_then_success_returns_the_body(method: str, client: Any, api: respx.MockRouter) -> None:
    ok = httpx.Response(200, json={"ok": True})
    route = api.route(method=method, path=VOICES).mock(side_effect=[_failure("429"), ok])
    assert client.request(method, VOICES) == {"ok": True}
    assert route.call_count == 2


def test_retry_after_is_honoured(client: Any, api: respx.MockRouter, clock: Any) -> None:
    limited = httpx.Response(429, headers={"Retry-After": "7"}, json={"message": "slow down"})
    api.get(VOICES).mock(side_effect=[limited, httpx.Response(200, json=[])])
    assert client.request("GET", VOICES) == []
    assert clock.sleeps == [7.0]


def test_max_retries_zero_sends_once(make_client: Any, api: respx.MockRouter) -> None:
    route = api.get(VOICES).respond(503, json={})
    with pytest.raises(tavus.InternalServerError):
        make_client(max_retries=0).request("GET", VOICES)
    assert route.call_count == 1


# --- every error class, with status and body ------------------------------------------------------


@pytest.mark.parametrize(("status", "cls"), STATUS_ERRORS)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_status_maps_to_its_error_class(
    status: int, cls: type, method: str, make_client: Any, api: respx.MockRouter
) -> None:
    api.route(method=method, path=VOICES).respond(status, json={"error": "voice not available"})
    with pytest.raises(cls) as info:
        make_client(max_retries=0).request(method, VOICES, json={"x": 1} if method == "POST" else None)
    exc = info.value
    assert type(exc) is cls
    assert exc.status_code == status
    assert exc.body == {"error": "voice not available"}
    assert exc.message == "voice not available"
    assert f"{method} {VOICES} -> {status}" in str(exc)
    # A 5xx may come after the server acted; a 4xx says it did not.
    assert exc.may_have_been_processed is (status >= 500)


def test_non_json_error_body_is_kept_as_text(client: Any, api: respx.MockRouter) -> None:
    api.get(VOICES).respond(404, text="no such route")
    with pytest.raises(tavus.NotFoundError) as info:
        client.request("GET", VOICES)
    assert info.value.body == "no such route"


def test_connect_error_is_api_connection_error_not_processed(make_client: Any, api: respx.MockRouter) -> None:
    api.post(VOICES).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as info:
        make_client(max_retries=0).request("POST", VOICES, json={})
    assert type(info.value) is APIConnectionError
    assert info.value.may_have_been_processed is False


def test_read_timeout_on_post_is_api_timeout_error_maybe_processed(client: Any, api: respx.MockRouter) -> None:
    route = api.post(VOICES).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError) as info:
        client.request("POST", VOICES, json={})
    assert route.call_count == 1
    assert info.value.may_have_been_processed is True


def test_closed_client_raises_client_closed(make_client: Any, api: respx.MockRouter) -> None:
    client = make_client()
    client.close()
    route = api.get(VOICES).respond(200, json={})
    with pytest.raises(ClientClosedError):
        client.request("GET", VOICES)
    assert not route.called


# --- bad input: a typed error naming the field and the rule, and nothing sent ---------------------

BAD_INPUTS: list[tuple[dict[str, Any], str, str]] = [
    ({"method": "BREW"}, "method", "must be one of"),
    ({"method": 7}, "method", "must be one of"),
    ({"path": "https://evil.example/v2/voices"}, "path", "single '/'"),
    ({"path": "//evil.example/v2/voices"}, "path", "single '/'"),
    ({"path": "@evil.example/x"}, "path", "single '/'"),
    ({"path": "v2/voices"}, "path", "single '/'"),
    ({"path": "/v2/voices?limit=1"}, "path", "params="),
    ({"path": "/v2/voices#x"}, "path", "params="),
    ({"path": "/v2/pals/{pal_id}"}, "path", "tavus.api_path"),
    ({"path": "/v2/pals/a b"}, "path", "' '"),
    ({"path": "/v2/pals/a\r\nX-Evil: 1"}, "path", "'\\r'"),
    ({"path": "/v2/pals/ä"}, "path", "'ä'"),
    ({"path": "/v2/pals/50%"}, "path", "'%'"),
    ({"path": "/v2/pals/%zz"}, "path", "'%'"),
    ({"path": "/v2/../admin"}, "path", "'..'"),
    ({"path": "/v2/%2e%2E/admin"}, "path", "'..'"),
    ({"path": "/v2/./voices"}, "path", "'.'"),
    ({"path": "/v2//voices"}, "path", "empty segment"),
    ({"path": "/v2/pals/a%2F..%2Fx"}, "path", "%2F"),
    ({"path": "/v2/pals/a%2fb"}, "path", "%2F"),
    ({"path": "/v2/pals/a%5Cb"}, "path", "%5C"),
    ({"path": "/v2/pals/a%00"}, "path", "%00"),
    ({"path": "/v2/pals/%252e%252e/x"}, "path", "%25"),
    ({"path": "/v2/pals/..;x/admin"}, "path", "'..'"),
    ({"path": "/" + "a" * 70_000}, "url", "URL too long"),
    ({"params": {"q": "x" * 70_000}}, "url", "too long"),
    ({"params": {"q": "\ud800"}}, "params['q']", "UTF-8"),
    ({"params": {"\ud800": "x"}}, "params", "UTF-8"),
    ({"headers": {"X-A(": "1"}}, "headers", "invalid header name"),
    ({"headers": {"X-A": " leading"}}, "headers['X-A']", "whitespace"),
    ({"headers": {"X-A": "trailing\t"}}, "headers['X-A']", "whitespace"),
    ({"timeout": float("nan")}, "timeout", "finite"),
    ({"timeout": float("inf")}, "timeout", "finite"),
    ({"timeout": 10**400}, "timeout", "finite"),
    ({"timeout": httpx.Timeout(-1)}, "timeout.connect", "finite"),
    ({"path": b"/v2/voices"}, "path", "must be a string"),
    ({"json": {"x": float("nan")}}, "json", "JSON-serialisable"),
    ({"json": {"x": object()}}, "json", "JSON-serialisable"),
    ({"json": {1j: 1}}, "json", "JSON-serialisable"),
    ({"params": [("limit", 1)]}, "params", "must be a dict"),
    ({"params": {"limit": object()}}, "params['limit']", "must be a str"),
    ({"params": {"ids": [1, {"a": 1}]}}, "params['ids']", "must be a str"),
    ({"params": {1: "x"}}, "params", "keys must be strings"),
    ({"headers": {"X-Evil": "a\r\nb"}}, "headers['X-Evil']", "no CR, LF or NUL"),
    ({"headers": {"Bad Name": "x"}}, "headers", "invalid header name"),
    ({"headers": {"x-api-key": "other"}}, "headers['x-api-key']", "with_options()"),
    ({"headers": {"Host": "evil.example"}}, "headers['Host']", "set by the client"),
    ({"headers": "x-trace: 1"}, "headers", "must be a dict"),
    ({"timeout": -1}, "timeout", "positive number"),
]


@pytest.mark.parametrize(("kwargs", "field", "rule"), BAD_INPUTS)
def test_bad_input_is_rejected_before_sending(
    kwargs: dict[str, Any], field: str, rule: str, client: Any, api: respx.MockRouter
) -> None:
    route = api.route().respond(200, json={})
    call = {"method": "POST", "path": VOICES, **kwargs}
    method, path = call.pop("method"), call.pop("path")
    with pytest.raises(TavusValidationError) as info:
        client.request(method, path, **call)
    assert info.value.field == field
    assert rule in str(info.value)
    assert not route.called


# --- api_path -------------------------------------------------------------------------------------


def test_api_path_fills_and_escapes() -> None:
    assert api_path("/v2/pronunciation-dictionaries/{dictionary_id}", dictionary_id="pd_1:2") == (
        "/v2/pronunciation-dictionaries/pd_1%3A2"
    )
    assert api_path("/v2/pals/{pal_id}/faces/{face_id}", pal_id="p1", face_id=42) == "/v2/pals/p1/faces/42"
    assert api_path("/v2/voices") == "/v2/voices"


@pytest.mark.parametrize(
    ("template", "params", "field", "rule"),
    [
        ("/v2/pals/{pal_id}", {}, "pal_id", "is required by the path template"),
        ("/v2/pals/{pal_id}", {"pal_id": "p1", "face_id": "f1"}, "face_id", "is not a placeholder"),
        ("/v2/pals/{pal_id}", {"pal_id": ""}, "pal_id", "must not be empty"),
        ("/v2/pals/{pal_id}", {"pal_id": ".."}, "pal_id", "'..'"),
        ("/v2/pals/{pal_id}", {"pal_id": "p1/publish"}, "pal_id", "'/'"),
        ("/v2/pals/{pal_id}", {"pal_id": "p1\\x"}, "pal_id", "'\\\\'"),
        ("/v2/pals/{pal_id}", {"pal_id": "p%2F1"}, "pal_id", "'%'"),
        ("/v2/pals/{pal_id}", {"pal_id": "p1?x=1"}, "pal_id", "'?'"),
        ("/v2/pals/{pal_id}", {"pal_id": "p 1"}, "pal_id", "' '"),
        ("/v2/pals/{pal_id}", {"pal_id": "\ud800"}, "pal_id", "'\\ud800'"),
        ("/v2/pals/{pal_id}", {"pal_id": 10**5000}, "pal_id", "not a usable id"),
        ("/v2/pals/{pal_id}", {"pal_id": None}, "pal_id", "must be a string or an int"),
        ("/v2/pals/{pal_id}", {"pal_id": True}, "pal_id", "must be a string or an int"),
        ("/v2/pals/{pal_id!r}", {"pal_id": "p"}, "template", "plain names"),
        ("/v2/pals/{pal_id:>9}", {"pal_id": "p"}, "template", "plain names"),
        ("/v2/pals/{0}", {}, "template", "plain names"),
        ("/v2/pals/{pal_id", {"pal_id": "p"}, "template", "unbalanced"),
        ("https://evil.example/{pal_id}", {"pal_id": "p"}, "path", "single '/'"),
    ],
)
def test_api_path_rejects(template: str, params: dict[str, Any], field: str, rule: str) -> None:
    with pytest.raises(TavusValidationError) as info:
        api_path(template, **params)
    assert info.value.field == field
    assert rule in str(info.value)


def test_api_path_uses_an_enum_members_value() -> None:
    class Kind(str, enum.Enum):  # noqa: UP042 - the mixin whose str() is "Kind.USER", unlike StrEnum
        USER = "user_1"

    class Number(enum.IntEnum):
        SEVEN = 7

    assert api_path("/v2/x/{a}/{b}", a=Kind.USER, b=Number.SEVEN) == "/v2/x/user_1/7"


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1))
def test_api_path_value_stays_one_segment_and_round_trips(value: str) -> None:
    refused = value in (".", "..") or any(c in "/?#%\\" or c.isspace() or not c.isprintable() for c in value)
    if refused:
        with pytest.raises(TavusValidationError, match=r"^pal_id: "):
            api_path("/v2/pals/{pal_id}/faces", pal_id=value)
        return
    path = api_path("/v2/pals/{pal_id}/faces", pal_id=value)
    segments = path.split("/")
    assert segments[:3] == ["", "v2", "pals"]
    assert segments[4:] == ["faces"]
    assert unquote(segments[3], errors="surrogatepass") == value
    request = httpx.Request("GET", BASE_URL + path)
    assert request.url.host == "tavusapi.com"
    assert request.url.raw_path == path.encode()


# --- the key never leaks --------------------------------------------------------------------------


def test_key_is_not_in_errors_reprs_or_logs(
    make_client: Any, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="tavus")
    client = make_client(max_retries=1)
    api.get(VOICES).respond(503, json={"message": "down", "echo": "no key here"})
    api.post(VOICES).mock(side_effect=httpx.ConnectError("refused"))
    seen: list[str] = [repr(client)]
    for method in ("GET", "POST"):
        with pytest.raises(tavus.TavusError) as info:
            client.request(method, VOICES, json={"a": 1})
        exc = info.value
        request = exc.response.request if isinstance(exc, APIStatusError) else exc.request
        seen += [str(exc), repr(exc), repr(request.headers)]
        assert request.headers["x-api-key"] == "[redacted]"
    raw = client.with_raw_response
    api.get("/v2/voices/v1").respond(200, json={})
    response = raw.request("GET", "/v2/voices/v1")
    seen += [repr(response), repr(response.http_response.request.headers)]
    seen += [record.getMessage() for record in caplog.records]
    assert caplog.records, "the retries and responses were logged"
    assert not [text for text in seen if API_KEY in text]


# --- raw access -----------------------------------------------------------------------------------


def test_raw_request_gives_status_headers_and_parse(client: Any, api: respx.MockRouter) -> None:
    api.get(VOICES).respond(200, json=[{"voice_id": "v1"}], headers={"x-request-id": "req-1"})
    raw = client.with_raw_response.request("GET", VOICES)
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-1"
    assert raw.parse() == [{"voice_id": "v1"}]


def test_raw_request_still_raises_typed_errors(client: Any, api: respx.MockRouter) -> None:
    api.get(VOICES).respond(403, json={"message": "plan"})
    with pytest.raises(tavus.PermissionDeniedError):
        client.with_raw_response.request("GET", VOICES)


# --- async ----------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_request_returns_json_and_sends_the_same(aclient: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/pronunciation-dictionaries").respond(200, json={"dictionary_id": "pd1"})
    result = await aclient.request("POST", "/v2/pronunciation-dictionaries", json={"name": "n"}, params={"a": 1})
    assert result == {"dictionary_id": "pd1"}
    request = route.calls.last.request
    assert json.loads(request.content) == {"name": "n"}
    assert request.url.params["a"] == "1"
    assert request.headers["x-api-key"] == API_KEY


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "cls"), STATUS_ERRORS)
async def test_async_status_maps_to_its_error_class(
    status: int, cls: type, make_aclient: Any, api: respx.MockRouter
) -> None:
    client = make_aclient(max_retries=0)
    api.delete(DICTIONARY).respond(status, json={"message": "nope"})
    with pytest.raises(cls) as info:
        await client.request("DELETE", DICTIONARY)
    assert type(info.value) is cls
    assert info.value.status_code == status
    assert info.value.body == {"message": "nope"}


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "attempts"), [("GET", 3), ("PUT", 3), ("POST", 1), ("PATCH", 1)])
async def test_async_retry_table(
    method: str, attempts: int, make_aclient: Any, api: respx.MockRouter, clock: Any
) -> None:
    client = make_aclient(max_retries=2)
    route = api.route(method=method, path=VOICES).respond(503, json={})
    with pytest.raises(tavus.InternalServerError) as info:
        await client.request(method, VOICES)
    assert route.call_count == attempts
    assert info.value.may_have_been_processed is True


@pytest.mark.anyio
async def test_async_bad_input_and_raw(aclient: Any, api: respx.MockRouter) -> None:
    route = api.get(VOICES).respond(200, json={"data": []})
    with pytest.raises(TavusValidationError):
        await aclient.request("GET", "/v2/voices?x=1")
    assert not route.called
    raw = await aclient.with_raw_response.request("GET", VOICES)
    assert raw.parse() == {"data": []}


def test_an_unknown_keyword_is_a_type_error_before_sending(client: Any, api: respx.MockRouter) -> None:
    route = api.route().respond(200, json={})
    with pytest.raises(TypeError, match="unexpected keyword argument 'data'"):
        client.request("POST", VOICES, data={"a": 1})
    assert not route.called


# --- found by an adversarial review, now guarded ----------------------------------------------------


@pytest.mark.parametrize("status", [401, 500])
def test_a_server_echoing_the_key_does_not_put_it_in_the_error(
    status: int, make_client: Any, api: respx.MockRouter
) -> None:
    api.get(VOICES).respond(status, json={"message": f"invalid key {API_KEY}", "key": API_KEY})
    with pytest.raises(APIStatusError) as info:
        make_client(max_retries=0).request("GET", VOICES)
    exc = info.value
    assert API_KEY not in str(exc)
    assert API_KEY not in exc.message
    assert API_KEY not in json.dumps(exc.body)
    assert exc.message == "invalid key [redacted]"


def test_an_echoed_key_is_scrubbed_from_text_bodies_and_raw_parse_errors(client: Any, api: respx.MockRouter) -> None:
    api.delete(DICTIONARY).respond(404, text=f"no route for key={API_KEY}")
    with pytest.raises(tavus.NotFoundError) as info:
        client.request("DELETE", DICTIONARY)
    assert info.value.body == "no route for key=[redacted]"
    api.get(VOICES).respond(200, text=f"<html>{API_KEY}</html>")
    raw = client.with_raw_response.request("GET", VOICES)  # redacts the request before parse()
    with pytest.raises(ResponseValidationError) as bad:
        raw.parse()
    assert API_KEY not in str(bad.value)
    assert API_KEY.encode() not in bad.value.body


def test_redirects_are_never_followed_so_the_key_stays_home(make_client: Any) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "tavusapi.com":
            return httpx.Response(307, headers={"location": "https://collector.example/steal"})
        return httpx.Response(200, json={})

    client = make_client(http_client=httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True))
    with pytest.raises(APIStatusError) as info:
        client.request("GET", VOICES)
    assert info.value.status_code == 307
    assert [r.url.host for r in seen] == ["tavusapi.com"]


@pytest.mark.parametrize("base_url", ["https://h.example/#", "https://h.example?", "https://h.example/api?x=1"])
def test_a_base_url_with_a_query_or_fragment_is_refused(base_url: str) -> None:
    with pytest.raises(TavusValidationError) as info:
        tavus.Tavus(api_key=API_KEY, base_url=base_url)
    assert info.value.field == "base_url"


def test_a_base_url_path_prefix_is_kept(make_client: Any) -> None:
    with respx.mock(base_url="https://proxy.example/tavus") as proxy:
        route = proxy.get("/v2/voices").respond(200, json=[])
        assert make_client(base_url="https://proxy.example/tavus").request("GET", VOICES) == []
    assert route.calls.last.request.url.path == "/tavus/v2/voices"


@pytest.mark.parametrize(("name", "value"), [("X-A(", "1"), ("X-A", " lead"), ("X/A", "1")])
def test_headers_h11_would_refuse_are_refused_at_construction_too(name: str, value: str) -> None:
    with pytest.raises(TavusValidationError):
        tavus.Tavus(api_key=API_KEY, default_headers={name: value})
