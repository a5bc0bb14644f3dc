"""A stateful fake of the Tavus HTTP API for tests and demos (`tavus.testing`, extra `testing`).

    from tavus.testing import FakeTavus

    with FakeTavus() as fake:
        client = fake.client()                      # a tavus.Tavus talking to the fake in process
        replica = client.replicas.create(train_video_url="https://example.com/me.mp4")
        fake.advance(fake.settings.replica_training_seconds)   # training completes

Also `fake.transport` / `fake.async_transport` (httpx), `fake.asgi_app`,
`python -m tavus.testing serve`, and the `tavus_fake` pytest fixture. Names are imported on first
use, so the pytest plugin loads even where the `testing` extra is not installed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._fake import FakeTavus
    from ._records import CallbackDelivery, RecordedRequest
    from ._server import ServedFake
    from ._settings import FakeSettings

__all__ = ["CallbackDelivery", "FakeSettings", "FakeTavus", "RecordedRequest", "ServedFake"]
_HOMES = {
    "CallbackDelivery": "._records",
    "FakeSettings": "._settings",
    "FakeTavus": "._fake",
    "RecordedRequest": "._records",
    "ServedFake": "._server",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
