"""Serving the ASGI app with uvicorn: in the foreground (CLI) or on a background thread (tests).

The fake accepts any request carrying its (well-known, default) key and makes outgoing callback
requests, so it binds to loopback unless `allow_remote` says otherwise.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._delivery import is_loopback_host

if TYPE_CHECKING:
    import uvicorn

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def check_bind_host(host: str, *, allow_remote: bool) -> None:
    if not allow_remote and not is_loopback_host(host):
        raise ValueError(
            f"refusing to serve the fake Tavus API on non-loopback host {host!r}; "
            "pass allow_remote=True (--allow-remote) if you really mean it"
        )


def _server(app: Any, host: str, port: int, log_level: str) -> uvicorn.Server:
    import uvicorn  # only needed to serve: in-process use works without it

    return uvicorn.Server(
        uvicorn.Config(app, host=host, port=port, lifespan="on", log_level=log_level, access_log=False)
    )


def run(app: Any, host: str, port: int, *, allow_remote: bool = False, log_level: str = "info") -> None:
    """Serve in the foreground until interrupted."""
    check_bind_host(host, allow_remote=allow_remote)
    _server(app, host, port, log_level).run()


def _family(host: str) -> socket.AddressFamily:
    try:
        return socket.AF_INET6 if ipaddress.ip_address(host).version == 6 else socket.AF_INET
    except ValueError:
        return socket.AF_INET


class ServedFake:
    """uvicorn on a background thread; `with fake.serve() as served: httpx.get(served.base_url + ...)`.

    Port 0 picks a free port; the socket is bound before the thread starts, so `base_url` is
    valid as soon as the context is entered.
    """

    def __init__(
        self,
        app: Any,
        host: str = DEFAULT_HOST,
        port: int = 0,
        *,
        allow_remote: bool = False,
        log_level: str = "warning",
    ) -> None:
        check_bind_host(host, allow_remote=allow_remote)
        self._socket = socket.socket(_family(host), socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self.host = host
        self.port: int = self._socket.getsockname()[1]
        self._server = _server(app, host, self.port, log_level)
        self._thread = threading.Thread(target=self._serve, name="tavus-fake-server", daemon=True)

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def _serve(self) -> None:
        self._server.run(sockets=[self._socket])

    def start(self, timeout: float = 10.0) -> ServedFake:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the fake Tavus server did not start")
            time.sleep(0.01)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._socket.close()

    def __enter__(self) -> ServedFake:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
