"""Scripted faults, per operationId, through the sync and async transports; and what gets recorded."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from tavus.testing import FakeTavus

from . import _helpers as h

STOCK = FakeTavus.STOCK_REPLICA_ID


@pytest.fixture
def http(fake: FakeTavus) -> Iterator[httpx.Client]:
    """Injected faults break the contract on purpose: no contract check on these responses."""
    with httpx.Client(transport=fake.transport, base_url=fake.base_url, headers={"x-api-key": fake.api_key}) as client:
        yield client


def test_fail_next_answers_without_executing(fake: FakeTavus, http: httpx.Client) -> None:
    fake.fail_next("getReplica", status=503, times=2, retry_after=7)
    for _ in range(2):
        response = http.get(f"/v2/replicas/{STOCK}")
        assert response.status_code == 503
        assert response.headers["retry-after"] == "7"
        assert response.json() == {"message": "Service Unavailable"}
    assert http.get(f"/v2/replicas/{STOCK}").status_code == 200
    assert fake.executed("getReplica") == 1
    assert [(r.status, r.fault, r.executed) for r in fake.requests] == [
        (503, "fail_next", False),
        (503, "fail_next", False),
        (200, None, True),
    ]


def test_fail_next_uses_the_documented_error_member_and_custom_bodies(fake: FakeTavus, http: httpx.Client) -> None:
    fake.fail_next("getReplica", status=400)
    assert http.get(f"/v2/replicas/{STOCK}").json() == {"error": "Bad Request"}
    fake.fail_next("getDocument", status=404)
    assert http.get("/v2/documents/d0-000000000000").json() == {"message": "Not Found"}
    fake.fail_next("getReplica", status=429, body={"message": "slow down"}, retry_after="Wed, 01 Jan 2025 00:01:00 GMT")
    response = http.get(f"/v2/replicas/{STOCK}")
    assert response.json() == {"message": "slow down"}
    assert response.headers["retry-after"] == "Wed, 01 Jan 2025 00:01:00 GMT"
    fake.fail_next(
        "getReplica", status=502, body="<h1>bad gateway</h1>", retry_after=datetime(2025, 1, 1, 0, 2, tzinfo=UTC)
    )
    response = http.get(f"/v2/replicas/{STOCK}")
    assert (response.text, response.headers["content-type"]) == ("<h1>bad gateway</h1>", "text/plain; charset=utf-8")
    assert response.headers["retry-after"] == "Wed, 01 Jan 2025 00:02:00 GMT"


def test_faults_are_per_operation_and_in_order(fake: FakeTavus, http: httpx.Client) -> None:
    fake.fail_next("getReplica", status=500)
    fake.fail_next("getReplica", status=502)
    assert http.get("/v2/replicas").status_code == 200  # another operation: untouched
    assert [http.get(f"/v2/replicas/{STOCK}").status_code for _ in range(3)] == [500, 502, 200]


def test_the_wildcard_matches_every_operation(fake: FakeTavus, http: httpx.Client) -> None:
    fake.fail_next("*", status=503, times=2)
    assert http.get("/v2/replicas").status_code == 503
    assert http.get("/v2/nothing").status_code == 503
    assert http.get("/v2/nothing").status_code == 404


def test_unknown_operations_and_bad_arguments_are_refused(fake: FakeTavus) -> None:
    with pytest.raises(ValueError, match="unknown operationId 'getReplicas'"):
        fake.fail_next("getReplicas")
    with pytest.raises(ValueError, match="status"):
        fake.fail_next("getReplica", status=99)
    with pytest.raises(ValueError, match="times"):
        fake.drop_connection("getReplica", times=0)
    with pytest.raises(ValueError, match="kind"):
        fake.malformed_body("getReplica", kind="xml")  # type: ignore[arg-type]


def test_clear_faults(fake: FakeTavus, http: httpx.Client) -> None:
    fake.fail_next("getReplica", times=5)
    fake.fail_next("listReplicas", times=5)
    fake.clear_faults("getReplica")
    assert http.get(f"/v2/replicas/{STOCK}").status_code == 200
    assert http.get("/v2/replicas").status_code == 503
    fake.clear_faults()
    assert http.get("/v2/replicas").status_code == 200


def test_latency_advances_the_fake_clock(fake: FakeTavus, http: httpx.Client) -> None:
    fake.add_latency("getReplica", 2.5)
    start = fake.now()
    http.get(f"/v2/replicas/{STOCK}")
    http.get(f"/v2/replicas/{STOCK}")
    http.get("/v2/replicas")
    assert fake.now() - start == 5.0
    fake.add_latency("listReplicas", 1, times=1)
    fake.fail_next("listReplicas")  # latency combines with another fault
    assert http.get("/v2/replicas").status_code == 503
    assert fake.now() - start == 6.0


def test_latency_lets_jobs_progress_meanwhile(fake: FakeTavus, http: httpx.Client) -> None:
    replica_id = h.replica(http, fake, trained=False)
    fake.add_latency("getReplica", fake.settings.replica_training_seconds)
    assert h.ok(http.get(f"/v2/replicas/{replica_id}"))["status"] == "completed"


@pytest.mark.parametrize("after_processing", [False, True])
def test_drop_connection(fake: FakeTavus, http: httpx.Client, after_processing: bool) -> None:
    fake.drop_connection("createReplica", after_processing=after_processing)
    with pytest.raises(httpx.RemoteProtocolError):
        http.post("/v2/replicas", json={"train_video_url": h.VIDEO_URL})
    assert fake.executed("createReplica") == int(after_processing)
    listed = h.ok(http.get("/v2/replicas", params={"replica_type": "user"}))
    assert listed["total_count"] == int(after_processing)  # the server really did (or did not) create it
    (recorded, _) = fake.requests
    assert (recorded.fault, recorded.status, recorded.executed) == ("drop_connection", None, after_processing)


def test_refuse_connection_happens_before_anything(fake: FakeTavus, http: httpx.Client) -> None:
    fake.refuse_connection("createReplica", times=2)
    for _ in range(2):
        with pytest.raises(httpx.ConnectError):
            http.post("/v2/replicas", json={"train_video_url": h.VIDEO_URL})
    h.ok(http.post("/v2/replicas", json={"train_video_url": h.VIDEO_URL}))
    assert fake.executed("createReplica") == 1
    assert [r.fault for r in fake.requests] == ["refuse_connection", "refuse_connection", None]


@pytest.mark.parametrize("after_processing", [True, False])
def test_timeout(fake: FakeTavus, http: httpx.Client, after_processing: bool) -> None:
    fake.timeout("generateVideo", after_processing=after_processing)
    with pytest.raises(httpx.ReadTimeout):
        http.post("/v2/videos", json={"replica_id": STOCK, "script": "Hi"})
    assert fake.executed("generateVideo") == int(after_processing)
    assert h.ok(http.get("/v2/videos"))["total_count"] == int(after_processing)


def test_malformed_bodies(fake: FakeTavus, http: httpx.Client) -> None:
    good = http.get(f"/v2/replicas/{STOCK}").content
    fake.malformed_body("getReplica", "truncated")
    fake.malformed_body("getReplica", "html")
    fake.malformed_body("getReplica", "empty")
    truncated, html, empty = (httpx.Client(transport=fake.transport, base_url=fake.base_url) for _ in range(3))
    headers = {"x-api-key": fake.api_key}
    responses = [c.get(f"/v2/replicas/{STOCK}", headers=headers) for c in (truncated, html, empty)]
    assert [r.status_code for r in responses] == [200, 200, 200]
    assert good.startswith(responses[0].content)
    assert len(responses[0].content) == len(good) // 2
    assert responses[0].headers["content-type"] == "application/json"
    assert responses[1].headers["content-type"].startswith("text/html")
    assert b"502 Bad Gateway" in responses[1].content
    assert responses[2].content == b""
    for response in responses:
        with pytest.raises(json.JSONDecodeError):
            response.json()
    assert fake.executed("getReplica") == 4  # malformed responses were still executed


def test_requests_record_everything_but_the_key(fake: FakeTavus, http: httpx.Client) -> None:
    http.post("/v2/replicas", params={"x": "1"}, json={"train_video_url": h.VIDEO_URL})
    recorded = fake.requests[-1]
    assert (recorded.method, recorded.path, recorded.operation_id) == ("POST", "/v2/replicas", "createReplica")
    assert recorded.query == {"x": "1"}
    assert recorded.json == {"train_video_url": h.VIDEO_URL}
    assert recorded.headers["x-api-key"] == "<redacted>"
    assert fake.api_key not in str(recorded)
    assert recorded.at == fake.now()


def test_async_transport_with_faults(fake: FakeTavus) -> None:
    async def scenario() -> list[object]:
        headers = {"x-api-key": fake.api_key}
        async with httpx.AsyncClient(transport=fake.async_transport, base_url=fake.base_url, headers=headers) as client:
            outcomes: list[object] = []
            fake.add_latency("getReplica", 3, times=1)
            fake.fail_next("getReplica", status=503)
            outcomes.append((await client.get(f"/v2/replicas/{STOCK}")).status_code)
            for fault in (fake.drop_connection, fake.refuse_connection, fake.timeout):
                fault("getReplica")
                try:
                    await client.get(f"/v2/replicas/{STOCK}")
                except httpx.HTTPError as exc:
                    outcomes.append(type(exc).__name__)
            outcomes.append((await client.get(f"/v2/replicas/{STOCK}")).json()["replica_id"])
            return outcomes

    assert asyncio.run(scenario()) == [503, "RemoteProtocolError", "ConnectError", "ReadTimeout", STOCK]
    assert fake.now() == 1_735_689_603.0
    assert fake.executed("getReplica") == 2  # the timeout (after processing) and the last one
