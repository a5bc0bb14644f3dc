"""What the `tavus` logger says, and that it never says the key (issue 4)."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
import respx

from tavus import InternalServerError
from tests.conftest import ANY_RESOURCE

from .conftest import API_KEY


def _all_text(records: list[logging.LogRecord]) -> str:
    return "\n".join(f"{r.getMessage()} {r.args!r} {r.__dict__!r}" for r in records)


def test_failing_retried_call_logs_no_key(client: Any, api: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    api.get("/v2/replicas/r1").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(503), httpx.Response(503, json={"error": "down"})]
    )
    with pytest.raises(InternalServerError):
        client.replicas.get("r1", verbose=True)
    tavus_records = [r for r in caplog.records if r.name == "tavus"]
    assert len([r for r in tavus_records if r.levelno == logging.DEBUG]) == 2
    assert caplog.records, "nothing was logged"
    assert API_KEY not in _all_text(caplog.records)
    assert API_KEY not in caplog.text


def test_successful_call_is_logged_at_info_without_query_or_key(
    client: Any, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tavus")
    api.get("/v2/replicas/r1").respond(200, json={"replica_id": "r1"})
    client.replicas.get("r1", verbose=True)
    (record,) = [r for r in caplog.records if r.name == "tavus"]
    message = record.getMessage()
    assert message.startswith("GET https://tavusapi.com/v2/replicas/r1 -> 200 in ")
    assert "verbose" not in message
    assert API_KEY not in message


def test_nothing_is_logged_at_warning(client: Any, api: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="tavus")
    api.get("/v2/replicas/r1").mock(side_effect=[httpx.Response(503), httpx.Response(200, json=ANY_RESOURCE)])
    client.replicas.get("r1")
    assert [r for r in caplog.records if r.name == "tavus"] == []


@pytest.mark.anyio
async def test_async_retries_are_logged_without_key(
    aclient: Any, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api.post("/v2/videos").mock(side_effect=[httpx.Response(429), httpx.Response(200, json={"video_id": "v"})])
    await aclient.videos.create(replica_id="r1", script="s")
    retries = [r for r in caplog.records if r.name == "tavus" and r.levelno == logging.DEBUG]
    assert len(retries) == 1
    assert "POST" in retries[0].getMessage()
    assert API_KEY not in caplog.text
