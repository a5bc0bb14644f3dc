"""POSTing callbacks over HTTP when the fake is served, to loopback receivers only.

A served fake is reachable by whatever can reach the port; letting it make requests anywhere would
turn it into an open relay. So only 127.0.0.0/8, ::1 and `localhost` are contacted (names are not
resolved); every other URL is refused and the refusal recorded. Delivery runs on a worker thread
so a slow receiver, or a receiver that is this very server, never blocks request handling.
"""

from __future__ import annotations

import ipaddress
import queue
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._records import CallbackDelivery

_STOP = object()


def is_loopback_host(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def refusal(url: str) -> str | None:
    """Why `url` may not receive callbacks, or None when it may."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"refused: {url!r} is not an http(s) URL"
    if not is_loopback_host(parts.hostname):
        return f"refused: {parts.hostname} is not a loopback address"
    return None


class HttpDelivery:
    """A background worker POSTing queued callbacks; results go to `report`."""

    def __init__(self, report: Callable[[CallbackDelivery], None], timeout: float = 5.0) -> None:
        self._report = report
        self._timeout = timeout
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, url: str, payload: dict[str, Any]) -> None:
        reason = refusal(url)
        if reason is not None:
            self._report(CallbackDelivery(url, payload, delivered=False, error=reason))
            return
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="tavus-fake-callbacks", daemon=True)
                self._thread.start()
        self._queue.put((url, payload))

    def join(self) -> None:
        """Wait until everything submitted so far has been attempted."""
        self._queue.join()

    def close(self) -> None:
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(_STOP)
            thread.join(timeout=self._timeout + 1)

    def _run(self) -> None:
        with httpx.Client(timeout=self._timeout, follow_redirects=False, trust_env=False) as client:
            while True:
                item = self._queue.get()
                try:
                    if item is _STOP:
                        return
                    url, payload = item
                    try:
                        response = client.post(url, json=payload)
                    except httpx.HTTPError as exc:
                        self._report(CallbackDelivery(url, payload, delivered=False, error=repr(exc)))
                    else:
                        self._report(CallbackDelivery(url, payload, True, status_code=response.status_code))
                finally:
                    self._queue.task_done()
