"""pytest plugin (entry point `pytest11: tavus`): the `tavus_fake` fixture, a fresh FakeTavus per test.

Options go through a marker: `@pytest.mark.tavus_fake(api_key="k", seed=1, stock=False)` passes its
keyword arguments to `FakeTavus(...)`. The fake is imported only when the fixture is used, so the
plugin loads fine where the `testing` extra is not installed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._fake import FakeTavus


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "tavus_fake(**kwargs): keyword arguments for the tavus_fake fixture's FakeTavus")


@pytest.fixture
def tavus_fake(request: pytest.FixtureRequest) -> Iterator[FakeTavus]:
    """A fresh in-memory fake Tavus API (manual clock, default key `tavus-fake-key`)."""
    from . import load

    FakeTavus = load("._fake").FakeTavus  # without the extra: how to install it

    marker = request.node.get_closest_marker("tavus_fake")
    kwargs = dict(marker.kwargs) if marker is not None else {}
    with FakeTavus(**kwargs) as fake:
        yield fake
