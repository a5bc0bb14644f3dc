"""tools.fetch_spec: only a valid spec replaces the target, byte for byte; every failure leaves it alone."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, VENDORED_SPEC
from tools import fetch_spec

SENTINEL = b"# the vendored copy before the fetch\n"
INVALID = b"openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /x:\n    get:\n      responses: 7\n"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A local HTTP server on an ephemeral port serving a valid, an invalid and a JSON spec."""
    root = tmp_path_factory.mktemp("served")
    (root / "valid.yaml").write_bytes(VENDORED_SPEC.read_bytes())
    (root / "invalid.yaml").write_bytes(INVALID)
    (root / "page.html").write_bytes(b"<html><body>Not a spec</body></html>")
    spec = yaml.safe_load(VENDORED_SPEC.read_text(encoding="utf-8"))
    (root / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "openapi" / "tavus-openapi.yaml"
    path.parent.mkdir()
    path.write_bytes(SENTINEL)
    return path


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _assert_refused(code: int, err: str, target: Path, needle: str) -> None:
    assert code == 1
    assert len(err.strip().splitlines()) == 1, err
    assert needle in err
    assert "left unchanged" in err
    assert target.read_bytes() == SENTINEL
    assert [p.name for p in target.parent.iterdir()] == [target.name], "a temporary file was left behind"


def test_valid_spec_replaces_target_byte_for_byte(server: str, target: Path, capsys: Any) -> None:
    code = fetch_spec.main(["--url", f"{server}/valid.yaml", "--target", str(target)])
    assert code == 0, capsys.readouterr().err
    assert target.read_bytes() == VENDORED_SPEC.read_bytes()
    assert "updated" in capsys.readouterr().out
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_same_spec_again_reports_unchanged(server: str, target: Path, capsys: Any) -> None:
    target.write_bytes(VENDORED_SPEC.read_bytes())
    assert fetch_spec.main(["--url", f"{server}/valid.yaml", "--target", str(target)]) == 0
    assert "unchanged" in capsys.readouterr().out


def test_json_spec_is_accepted_and_kept_as_served(server: str, target: Path) -> None:
    assert fetch_spec.main(["--url", f"{server}/spec.json", "--target", str(target)]) == 0
    assert json.loads(target.read_bytes()) == yaml.safe_load(VENDORED_SPEC.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("invalid.yaml", "is not valid OpenAPI"),
        ("page.html", "not an OpenAPI document"),
        ("missing.yaml", "answered HTTP 404"),
    ],
)
def test_bad_answers_leave_target_untouched(server: str, target: Path, capsys: Any, name: str, needle: str) -> None:
    code = fetch_spec.main(["--url", f"{server}/{name}", "--target", str(target)])
    _assert_refused(code, capsys.readouterr().err, target, needle)


@pytest.mark.parametrize("url", ["http://127.0.0.1:{port}/openapi.yaml", "http://[::1/x", "openapi.yaml"])
def test_unreachable_or_bad_url_leaves_target_untouched(target: Path, capsys: Any, url: str) -> None:
    code = fetch_spec.main(["--url", url.format(port=_closed_port()), "--target", str(target)])
    _assert_refused(code, capsys.readouterr().err, target, "cannot download")


@pytest.mark.parametrize("form", ["path", "file-url"])
def test_local_file_is_accepted(target: Path, form: str) -> None:
    source = str(VENDORED_SPEC) if form == "path" else VENDORED_SPEC.as_uri()
    assert fetch_spec.main(["--file", source, "--target", str(target)]) == 0
    assert target.read_bytes() == VENDORED_SPEC.read_bytes()


def test_missing_local_file_is_refused(tmp_path: Path, target: Path, capsys: Any) -> None:
    code = fetch_spec.main(["--file", str(tmp_path / "nope.yaml"), "--target", str(target)])
    _assert_refused(code, capsys.readouterr().err, target, "cannot read")


def test_normalised_copy_sorts_keys_and_keeps_the_data(tmp_path: Path, target: Path) -> None:
    out = tmp_path / "build" / "normalised.yaml"
    assert fetch_spec.main(["--file", str(VENDORED_SPEC), "--target", str(target), "--normalised-out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert yaml.safe_load(text) == yaml.safe_load(VENDORED_SPEC.read_text(encoding="utf-8"))
    top_keys = [line.split(":")[0] for line in text.splitlines() if line and line[0] not in " -"]
    assert top_keys == sorted(top_keys)
    assert fetch_spec.normalise(yaml.safe_load(text)) == text, "normalising twice changes nothing"


def test_cli_exit_code_and_single_stderr_line(tmp_path: Path, target: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tools.fetch_spec", "--file", str(tmp_path / "nope"), "--target", str(target)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert target.read_bytes() == SENTINEL
