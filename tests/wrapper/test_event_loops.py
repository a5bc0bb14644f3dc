"""One AsyncTavus used from several event loops (one asyncio.run after another, a loop per test)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

import tavus


class _Replica(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the connection outlives the loop that opened it

    def do_GET(self) -> None:
        body = b'{"replica_id": "r1"}'
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client dropping a dead loop's connection is expected here


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    server = _QuietServer(("127.0.0.1", 0), _Replica)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.mark.filterwarnings("ignore::ResourceWarning")  # the first loop's dead sockets, collected later
def test_the_sdks_own_pool_follows_the_event_loop(base_url: str) -> None:
    """Before: the second asyncio.run failed with a bare `RuntimeError: Event loop is closed`."""
    client = tavus.AsyncTavus(api_key="k", base_url=base_url, max_retries=0)

    async def get() -> str:
        return (await client.replicas.get("r1")).replica_id  # type: ignore[return-value]

    assert [asyncio.run(get()) for _ in range(3)] == ["r1", "r1", "r1"]
    asyncio.run(client.aclose())


@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_a_callers_http_client_in_a_closed_loop_is_a_tavus_error_saying_why(base_url: str) -> None:
    http = httpx.AsyncClient()
    client = tavus.AsyncTavus(api_key="k", base_url=base_url, http_client=http, max_retries=0)

    async def get() -> object:
        return await client.replicas.get("r1")

    asyncio.run(get())
    with pytest.raises(tavus.TavusError, match="event loop that has closed") as info:
        asyncio.run(get())
    assert not isinstance(info.value, tavus.APIConnectionError)
    assert "leave http_client out" in str(info.value)
