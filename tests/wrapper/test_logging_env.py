"""TAVUS_LOG=debug|info attaches a stderr handler to the `tavus` logger; unset, the SDK is silent."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

PROGRAM = """
import itertools, httpx, tavus
class NoWait(tavus.SystemClock):
    def sleep(self, seconds): pass
statuses = itertools.chain([503], itertools.repeat(200))
transport = httpx.MockTransport(lambda request: httpx.Response(next(statuses), json={"replica_id": "r1"}))
client = tavus.Tavus(api_key="sk-LOGGED-NEVER", http_client=httpx.Client(transport=transport), clock=NoWait())
client.replicas.get("r1", extra_query={"q": "secret-query"})
"""


def _run(level: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "TAVUS_LOG"}
    if level is not None:
        env["TAVUS_LOG"] = level
    result = subprocess.run([sys.executable, "-c", PROGRAM], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stderr


@pytest.mark.parametrize("level", ["info", "INFO"])
def test_info_logs_the_request_line(level: str) -> None:
    err = _run(level)
    assert "tavus INFO GET https://tavusapi.com/v2/replicas/r1 -> 200" in err
    assert "(retries: 1)" in err
    assert "retrying" not in err  # retries are DEBUG
    assert "sk-LOGGED-NEVER" not in err
    assert "secret-query" not in err  # the URL is logged without its query string


def test_debug_also_logs_each_retry() -> None:
    err = _run("debug")
    assert "tavus DEBUG retrying GET https://tavusapi.com/v2/replicas/r1" in err
    assert "after status 503" in err
    assert "sk-LOGGED-NEVER" not in err


@pytest.mark.parametrize("level", [None, "", "verbose"])
def test_silent_by_default(level: str | None) -> None:
    assert _run(level) == ""
