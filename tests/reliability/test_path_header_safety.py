"""Path and header safety (issue 7, part 4): no id can change the request's method, path shape,
query or host, and no header value can add a header."""

from __future__ import annotations

import contextlib
from operator import attrgetter
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import tavus
from tavus._operations import OPERATIONS
from tests.conftest import ANY_RESOURCE
from tests.wrapper.test_resources import CASES, Case

BASE = "https://tavusapi.com"
ID_CASES = [c for c in CASES if c.args and isinstance(c.args[0], str)]
SETTINGS = settings(
    max_examples=60, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck)
)
IDS = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=12),
    st.text(alphabet="./?#%&=;:@+$,!*'()[]~\\ \t\r\n\x00abc-_", min_size=1, max_size=8),
)
NASTY = ["..", ".", "a/..", "%2F", "?x=1", "#f", "a b", "a\r\nHost: evil", "é", "日本", "a;b=c", "@evil.com", ":80"]


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=ANY_RESOURCE)


def _client(recorder: Recorder, **kwargs: Any) -> tavus.Tavus:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return tavus.Tavus(api_key="sk-test", base_url=BASE, http_client=http, max_retries=0, **kwargs)


def _invoke(client: tavus.Tavus, case: Case, ident: str, **options: Any) -> None:
    resource, method = OPERATIONS[case.op]
    # The canned {} may not fit the model; the request is what is checked here.
    with contextlib.suppress(tavus.ResponseValidationError):
        getattr(attrgetter(resource)(client), method)(ident, *case.args[1:], **case.kwargs, **options)


def test_every_id_taking_method_is_covered() -> None:
    """Every method that takes an id (a sub-resource's methods take its parent's: `pals.tools.list(pal_id)`)."""
    path_ids = {op for op, (resource, method) in OPERATIONS.items() if method in ("get", "delete", "rename", "update",
                "end", "recrawl", "publish", "init", "start", "end_conversation") or "." in resource}  # fmt: skip
    path_ids |= {"sendAppMessage"}  # a conversation's
    assert {c.op for c in ID_CASES} == path_ids
    assert len(ID_CASES) == 39 + 16 + 5  # + PALs, tools, PAL tools, PAL skills (16); deployments (5)


@pytest.mark.parametrize("case", ID_CASES, ids=[c.op for c in ID_CASES])
def test_an_id_cannot_change_the_request(case: Case) -> None:
    prefix, suffix = case.path.split(f"/{case.args[0]}", 1)
    recorder = Recorder()
    client = _client(recorder)
    checked = [0, 0]  # rejected, sent

    @SETTINGS
    @given(ident=IDS)
    @example(ident="valid-id_123")
    def check(ident: str) -> None:
        recorder.requests.clear()
        rejected: tavus.TavusValidationError | None = None
        try:
            _invoke(client, case, ident)
        except tavus.TavusValidationError as exc:
            rejected = exc
        if rejected is not None:
            assert recorder.requests == []
            assert rejected.field.endswith("_id")
            checked[0] += 1
            return
        (request,) = recorder.requests
        checked[1] += 1
        assert request.method == case.method
        assert request.url.host == "tavusapi.com"
        assert request.url.scheme == "https"
        assert dict(request.url.params) == case.query
        raw = request.url.raw_path.decode("ascii").split("?", 1)[0]
        assert raw.startswith(prefix + "/")
        assert raw.endswith(suffix)
        segment = raw[len(prefix) + 1 : len(raw) - len(suffix)]
        assert "/" not in segment
        assert segment not in ("", ".", "..")
        assert unquote(segment) == ident  # the id, percent-encoded, is exactly one segment

    for nasty in NASTY:
        check.hypothesis.inner_test(nasty)  # type: ignore[attr-defined]
    check()
    client.close()
    assert checked[0] > 0
    assert checked[1] > 0


HEADER_VALUES = st.one_of(
    st.text(),
    st.text(alphabet="ab\r\n\t\x00\x7f :é", max_size=10),
    st.sampled_from(["v\r\nX-Evil: 1", "v\nX-Evil: 1", "v\rX-Evil: 1", "v\x00", " lead", "trail\t", "a\tb"]),
)


def _check_header_sent(recorder: Recorder, name: str, value: str, baseline: int) -> None:
    (request,) = recorder.requests
    assert request.headers.get_list(name) == [value]
    assert len(request.headers) == baseline + 1
    assert "x-evil" not in request.headers


def _baseline() -> int:
    recorder = Recorder()
    client = _client(recorder)
    client.replicas.get("r1")
    client.close()
    return len(recorder.requests[0].headers)


@SETTINGS
@given(value=HEADER_VALUES)
def test_extra_header_value_is_verbatim_or_rejected(value: str) -> None:
    recorder = Recorder()
    client = _client(recorder)
    rejected: tavus.TavusValidationError | None = None
    try:
        client.replicas.get("r1", extra_headers={"X-Trace": value})
    except tavus.TavusValidationError as exc:
        rejected = exc
    finally:
        client.close()
    if rejected is not None:
        assert recorder.requests == []
        assert rejected.field == "extra_headers['X-Trace']"
    else:
        _check_header_sent(recorder, "X-Trace", value, _baseline())


@SETTINGS
@given(value=HEADER_VALUES)
def test_default_header_value_is_verbatim_or_rejected(value: str) -> None:
    recorder = Recorder()
    rejected: tavus.TavusValidationError | None = None
    try:
        client = _client(recorder, default_headers={"X-Trace": value})
    except tavus.TavusValidationError as exc:
        rejected = exc
    if rejected is not None:
        assert rejected.field == "default_headers['X-Trace']"
        return
    try:
        client.replicas.get("r1")
        _check_header_sent(recorder, "X-Trace", value, _baseline())
    finally:
        client.close()


@SETTINGS
@given(name=st.text(max_size=12) | st.sampled_from(["X-A\r\nX-Evil", "X-A:", "X A", ""]))
def test_extra_header_name_is_one_header_or_rejected(name: str) -> None:
    recorder = Recorder()
    client = _client(recorder)
    try:
        client.replicas.get("r1", extra_headers={name: "v"})
    except tavus.TavusValidationError:
        assert recorder.requests == []
    except tavus.TavusError:
        raise
    else:
        (request,) = recorder.requests
        assert request.headers.get(name) == "v"
        assert "x-evil" not in request.headers
    finally:
        client.close()
