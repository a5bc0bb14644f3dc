"""A stateful fake of the Tavus HTTP API for tests and demos (`tavus.testing`, extra `testing`).

    from tavus.testing import FakeTavus

    with FakeTavus() as fake:
        client = fake.client()                      # a tavus.Tavus talking to the fake in process
        replica = client.replicas.create(train_video_url="https://example.com/me.mp4")
        fake.advance(fake.settings.replica_training_seconds)   # training completes

Also `fake.transport` / `fake.async_transport` (httpx), `fake.asgi_app`,
`python -m tavus.testing serve`, and the `tavus_fake` pytest fixture. Names are imported on first
use, so the pytest plugin loads even where the `testing` extra is not installed; using the fake
there raises a ModuleNotFoundError that says `pip install 'tavus-sdk[testing]'`.
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


# What the `testing` extra installs (pyproject.toml: [project.optional-dependencies] testing).
EXTRA_MODULES = frozenset({"jsonschema", "jsonpatch", "jsonpointer", "starlette", "uvicorn"})


def load(module: str) -> Any:
    """Import one of the fake's modules; without the `testing` extra, say how to install it."""
    try:
        return importlib.import_module(module, __name__)
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.partition(".")[0] not in EXTRA_MODULES:
            raise
        raise ModuleNotFoundError(
            f"tavus.testing needs the 'testing' extra ({exc.name} is not installed): pip install 'tavus-sdk[testing]'",
            name=exc.name,
        ) from exc


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(load(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
