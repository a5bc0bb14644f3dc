"""The served faces: the ASGI app, uvicorn on a loopback port (thread and CLI), callbacks over HTTP."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from tavus.testing import FakeSettings, FakeTavus
from tavus.testing._server import check_bind_host

from . import _helpers as h
from ._contract import ContractChecker

STOCK = FakeTavus.STOCK_REPLICA_ID


class Receiver:
    """A loopback HTTP server collecting the JSON bodies POSTed to it."""

    def __init__(self) -> None:
        self.received: list[tuple[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers["content-length"])
                receiver.received.append((self.path, json.loads(self.rfile.read(length))))
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiver = Receiver()
    yield receiver
    receiver.close()


@pytest.fixture
def served(fake: FakeTavus) -> Iterator[httpx.Client]:
    with fake.serve() as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        headers = {"x-api-key": fake.api_key}
        with httpx.Client(base_url=server.base_url, headers=headers, timeout=5) as client:
            yield client


def test_requests_over_a_real_socket(fake: FakeTavus, served: httpx.Client) -> None:
    checker = ContractChecker()
    served.event_hooks["response"] = [checker]
    replica_id = h.replica(served, fake)
    assert h.ok(served.get(f"/v2/replicas/{replica_id}"))["status"] == "completed"
    assert served.delete(f"/v2/conversations/{h.conversation(served, replica_id)}").status_code == 204
    assert served.get("/v2/replicas", headers={"x-api-key": "nope"}).status_code == 401
    assert {op for op, _ in checker.seen} >= {"createReplica", "getReplica", "createConversation"}
    assert fake.executed("createReplica") == 1


def test_callbacks_are_posted_to_loopback_receivers(fake: FakeTavus, served: httpx.Client, receiver: Receiver) -> None:
    replica_id = h.replica(served, fake, trained=False, callback_url=f"{receiver.url}/hooks/replica")
    fake.advance(fake.settings.replica_training_seconds)
    (delivery,) = fake.deliveries
    assert (delivery.delivered, delivery.status_code, delivery.error) == (True, 204, None)
    assert receiver.received == [("/hooks/replica", {"replica_id": replica_id, "status": "ready"})]
    assert fake.callbacks == [(delivery.url, delivery.payload)]


def test_a_transcription_posts_its_text_over_http(fake: FakeTavus, served: httpx.Client, receiver: Receiver) -> None:
    transcription_id = h.transcription(served, callback_url=f"{receiver.url}/hooks/transcription")
    fake.advance(fake.settings.transcription_seconds)
    (delivery,) = fake.deliveries
    assert (delivery.delivered, delivery.status_code) == (True, 204)
    ((path, payload),) = receiver.received
    assert (path, payload["transcription_id"], payload["status"]) == (
        "/hooks/transcription",
        transcription_id,
        "completed",
    )
    assert payload == h.ok(served.get(f"/v2/transcriptions/{transcription_id}"))


def test_the_new_operations_over_a_real_socket(fake: FakeTavus, served: httpx.Client) -> None:
    checker = ContractChecker()
    served.event_hooks["response"] = [checker]
    assert h.ok(served.get("/v2/voices", params={"limit": 2}))["limit"] == 2
    dictionary_id = h.dictionary(served)
    same = [{"op": "replace", "path": "/name", "value": "Brand Terms"}]
    response = served.patch(f"/v2/pronunciation-dictionaries/{dictionary_id}", json=same)
    assert (response.status_code, response.content) == (304, b"")  # no body over the wire either
    assert served.delete(f"/v2/pronunciation-dictionaries/{dictionary_id}").status_code == 204
    assert {op for op, _ in checker.seen} >= {
        "getVoices",
        "createPronunciationDictionary",
        "patchPronunciationDictionary",
    }


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://example.com/hook", "refused: example.com is not a loopback address"),
        ("http://10.0.0.1/hook", "refused: 10.0.0.1 is not a loopback address"),
        ("http://169.254.169.254/latest", "refused: 169.254.169.254 is not a loopback address"),
    ],
)
def test_callbacks_to_other_hosts_are_refused_and_recorded(
    fake: FakeTavus, served: httpx.Client, url: str, reason: str
) -> None:
    h.replica(served, fake, callback_url=url)
    (delivery,) = fake.deliveries
    assert (delivery.url, delivery.delivered, delivery.error) == (url, False, reason)
    assert len(fake.callbacks) == 1  # still recorded as emitted


def test_loopback_spellings_are_accepted(fake: FakeTavus, served: httpx.Client) -> None:
    for host in ("localhost", "127.0.0.2", "[::1]"):
        h.replica(served, fake, callback_url=f"http://{host}:9/hook")
    deliveries = fake.deliveries
    assert len(deliveries) == 3
    assert not any((d.error or "").startswith("refused") for d in deliveries)  # attempted (nobody listens on :9)


def test_connection_faults_over_the_wire(fake: FakeTavus, served: httpx.Client) -> None:
    fake.drop_connection("createReplica", after_processing=True)
    with pytest.raises(httpx.RemoteProtocolError):
        served.post("/v2/replicas", json={"train_video_url": h.VIDEO_URL})
    assert fake.executed("createReplica") == 1
    fake.timeout("getReplica")
    with pytest.raises(httpx.ReadTimeout):
        served.get(f"/v2/replicas/{STOCK}", timeout=0.3)
    fake.refuse_connection("getReplica")
    with pytest.raises(httpx.RemoteProtocolError):  # ASGI cannot refuse an accepted connection
        served.get(f"/v2/replicas/{STOCK}")
    fake.fail_next("getReplica", status=429, retry_after=2)
    response = served.get(f"/v2/replicas/{STOCK}")
    assert (response.status_code, response.headers["retry-after"]) == (429, "2")
    fake.malformed_body("getReplica", "html")
    assert served.get(f"/v2/replicas/{STOCK}").headers["content-type"].startswith("text/html")
    start = fake.now()
    fake.add_latency("getReplica", 30, times=1)  # manual clock: latency moves fake time, not real time
    assert served.get(f"/v2/replicas/{STOCK}").status_code == 200
    assert fake.now() - start == 30


def test_served_on_real_time_the_ticker_fires_callbacks(receiver: Receiver) -> None:
    settings = FakeSettings(replica_training_seconds=50)
    with FakeTavus(time_scale=500, settings=settings) as fake, fake.serve() as server:
        body = {"train_video_url": h.VIDEO_URL, "callback_url": receiver.url}
        httpx.post(f"{server.base_url}/v2/replicas", json=body, headers={"x-api-key": fake.api_key})
        deadline = time.monotonic() + 5
        while not receiver.received and time.monotonic() < deadline:
            time.sleep(0.02)  # nobody polls the fake: its ticker applies the due change
        assert receiver.received
        assert receiver.received[0][1]["status"] == "ready"


def test_the_asgi_app_works_without_a_server(fake: FakeTavus) -> None:
    async def get() -> httpx.Response:
        transport = httpx.ASGITransport(app=fake.asgi_app)
        async with httpx.AsyncClient(transport=transport, base_url="http://fake") as client:
            return await client.get(f"/v2/replicas/{STOCK}", headers={"x-api-key": fake.api_key})

    assert asyncio.run(get()).json()["replica_id"] == STOCK


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "::1", "localhost"])
def test_loopback_hosts_may_be_bound(host: str) -> None:
    check_bind_host(host, allow_remote=False)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.5", "example.com"])
def test_other_hosts_need_allow_remote(fake: FakeTavus, host: str) -> None:
    with pytest.raises(ValueError, match="allow_remote"):
        fake.serve(host=host)
    check_bind_host(host, allow_remote=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "tavus.testing", "serve", *args]


def test_the_cli_serves_on_loopback() -> None:
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        _cli("--port", str(port), "--api-key", "cli-key", "--time-scale", "60", "--log-level", "warning"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        url = f"http://127.0.0.1:{port}/v2/replicas/{STOCK}"
        deadline = time.monotonic() + 15
        while True:
            try:
                response = httpx.get(url, headers={"x-api-key": "cli-key"})
                break
            except httpx.ConnectError:
                assert process.poll() is None, "the CLI exited"
                assert time.monotonic() < deadline, "the CLI did not come up"
                time.sleep(0.05)
        assert response.json()["replica_id"] == STOCK
        assert httpx.get(url, headers={"x-api-key": "tavus-fake-key"}).status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=10)
        assert process.stderr is not None
        process.stderr.close()


def test_the_cli_refuses_a_non_loopback_host() -> None:
    result = subprocess.run(_cli("--host", "0.0.0.0"), capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert "--allow-remote" in result.stderr


def test_faults_are_scripted_over_http_through_the_control_endpoints(fake: FakeTavus, served: httpx.Client) -> None:
    """For tests in another process or language: the served fake's /_fake/ endpoints."""
    scripted = served.post("/_fake/faults/fail_next", json={"operation_id": "getReplica", "status": 503, "times": 2})
    assert scripted.status_code == 200
    assert [served.get(f"/v2/replicas/{STOCK}").status_code for _ in range(3)] == [503, 503, 200]
    served.post("/_fake/faults/drop_connection", json={"operation_id": "listVideos"})
    with pytest.raises(httpx.RemoteProtocolError):
        served.get("/v2/videos")
    served.post("/_fake/faults/refuse_connection", json={"operation_id": "listVideos", "times": 5})
    assert served.delete("/_fake/faults", params={"operation_id": "listVideos"}).status_code == 200
    assert served.get("/v2/videos").status_code == 200
    recorded = served.get("/_fake/requests").json()["data"]
    assert [r["status"] for r in recorded if r["operation_id"] == "getReplica"] == [503, 503, 200]
    start = fake.now()
    assert served.post("/_fake/advance", json={"seconds": 60}).json() == {"now": start + 60}


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("POST", "/_fake/faults/explode", {"operation_id": "getReplica"}, 404),
        ("POST", "/_fake/faults/fail_next", {"operation_id": "noSuchOperation"}, 400),
        ("POST", "/_fake/faults/fail_next", {"operation": "getReplica"}, 400),
        ("POST", "/_fake/advance", {"seconds": -1}, 400),
        ("GET", "/_fake/nothing", None, 404),
    ],
)
def test_a_bad_control_request_says_why(served: httpx.Client, method: str, path: str, body: Any, status: int) -> None:
    response = served.request(method, path, json=body)
    assert response.status_code == status
    assert response.json()["error"]


def test_the_control_endpoints_answer_loopback_clients_only(fake: FakeTavus) -> None:
    async def call(client_host: str) -> int:
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b'{"seconds": 1}', "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        scope = {"type": "http", "method": "POST", "path": "/_fake/advance", "query_string": b"", "headers": [],
                 "client": (client_host, 5000)}  # fmt: skip
        await fake.asgi_app(scope, receive, send)
        return int(sent[0]["status"])

    assert asyncio.run(call("127.0.0.1")) == 200
    assert asyncio.run(call("192.0.2.7")) == 403


def test_each_callback_delivery_is_logged(
    fake: FakeTavus, served: httpx.Client, receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="tavus.testing")
    h.replica(served, fake, trained=False, callback_url=f"{receiver.url}/hooks/replica")
    h.replica(served, fake, trained=False, callback_url="https://example.com/not-loopback")
    fake.advance(fake.settings.replica_training_seconds)
    fake.deliveries  # noqa: B018  # waits for the delivery thread
    lines = [r.getMessage() for r in caplog.records if r.name == "tavus.testing"]
    assert f"callback POST {receiver.url}/hooks/replica -> 204" in lines
    assert any(
        line.startswith("callback POST https://example.com/not-loopback not delivered: refused") for line in lines
    )
