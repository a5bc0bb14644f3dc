"""`make contract-live` (its entry point, `python -m contract_tests.live`), tested without the
internet: against the served fake (`python -m tavus.testing serve`, started and stopped here by its
PID) it must report 0 drift, read-only and with LIVE_WRITE=1; against a server that answers
outside the contract it must report the drift; without a key it prints how to run it and exits 0.
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from . import live
from .test_prism import free_port

ROOT = Path(__file__).resolve().parent.parent
KEY = "live-target-key"


@pytest.fixture(scope="module")
def served_fake() -> Iterator[str]:
    try:
        import tavus.testing  # noqa: F401
    except ImportError:  # pragma: no cover
        pytest.skip("tavus.testing (the fake) is not available")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tavus.testing", "serve", "--host", "127.0.0.1", "--port", str(port), "--api-key", KEY],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                assert process.stderr is not None
                pytest.fail(f"the served fake exited with {process.returncode}: {process.stderr.read().decode()}")
            try:
                httpx.get(f"{url}/v2/replicas", headers={"x-api-key": KEY}, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail("the served fake did not answer within 30 s")
                time.sleep(0.1)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        if process.stderr is not None:
            process.stderr.close()


def run_entry_point(base_url: str, *, write: bool) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TAVUS_BASE_URL": base_url, "TAVUS_API_KEY": KEY, "LIVE_WRITE": "1" if write else ""}
    return subprocess.run(
        [sys.executable, "-m", "contract_tests.live"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("write", [False, True], ids=["read-only", "LIVE_WRITE"])
def test_no_drift_against_the_served_fake(served_fake: str, write: bool) -> None:
    result = run_entry_point(served_fake, write=write)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 drift" in result.stdout, result.stdout
    assert "(listReplicas)" in result.stdout
    if write:
        for step in ("createConversation", "endConversation", "deleteConversation"):
            assert f"({step})" in result.stdout, result.stdout


def test_without_a_key_it_explains_and_exits_0() -> None:
    lines: list[str] = []
    assert live.main({"TAVUS_BASE_URL": "http://127.0.0.1:9"}, lines.append) == 0
    assert "TAVUS_API_KEY is not set" in lines[0]
    assert "make contract-live" in lines[0]


class _Drifting(http.server.BaseHTTPRequestHandler):
    """Answers every GET outside the contract: `data` is not a list, and an undocumented 418."""

    def do_GET(self) -> None:
        status, body = (418, b"teapot") if "/v2/videos" in self.path else (200, json.dumps({"data": "x"}).encode())
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if status == 200 else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_drift_is_reported() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Drifting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    lines: list[str] = []
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        code = live.main({"TAVUS_BASE_URL": url, "TAVUS_API_KEY": KEY}, lines.append)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    report = "\n".join(lines)
    assert code == 1, report
    assert "listReplicas GET /v2/replicas -> 200: Response violates schema" in report, report
    assert "listVideos GET /v2/videos -> 418: Undocumented status code" in report, report
