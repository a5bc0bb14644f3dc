"""Submodules reached as attributes load on first use; the fake without its extra says how to get it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def _run(program: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_webhooks_and_testing_are_attributes_of_tavus_loaded_on_first_use() -> None:
    """Before: `import tavus; tavus.webhooks.parse(...)` was an AttributeError."""
    result = _run(
        "import sys, tavus\n"
        "assert 'tavus.webhooks' not in sys.modules and 'tavus.testing' not in sys.modules\n"
        'event = tavus.webhooks.parse(b\'{"event_type": "system.shutdown", "conversation_id": "c1"}\')\n'
        "print(type(event).__name__, tavus.testing.FakeTavus.__name__, 'webhooks' in dir(tavus))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ShutdownEvent", "FakeTavus", "True"]


def test_interactions_is_an_attribute_of_tavus_loaded_on_first_use() -> None:
    result = _run(
        "import sys, tavus\n"
        "assert 'tavus.interactions' not in sys.modules\n"
        "assert 'tavus_api.models.tool_call_event' not in sys.modules\n"
        "reply = tavus.interactions.respond('c1', text='hi')\n"
        "print(type(reply).__name__, 'interactions' in dir(tavus), 'tavus.interactions' in sys.modules)\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["RespondMessage", "True", "True"]


def test_an_unknown_attribute_is_still_an_attribute_error() -> None:
    import tavus

    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        tavus.nope  # type: ignore[attr-defined]  # noqa: B018


BLOCK = "import sys\nsys.modules['{module}'] = None  # as if the testing extra were not installed\n"


@pytest.mark.parametrize("module", ["jsonschema", "jsonpatch"])
@pytest.mark.parametrize(
    "use",
    [
        "import tavus.testing\ntavus.testing.FakeTavus()",
        "from tavus.testing import FakeTavus",
        "import tavus\ntavus.testing.FakeTavus",
        "import runpy\nrunpy.run_module('tavus.testing', run_name='__main__')",
    ],
    ids=["attribute", "from-import", "via-tavus", "python-m"],
)
def test_without_the_testing_extra_the_error_says_what_to_install(module: str, use: str) -> None:
    """Before: a bare `ModuleNotFoundError: No module named 'jsonschema'`."""
    result = _run(BLOCK.format(module=module) + use)
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ModuleNotFoundError: tavus.testing needs the 'testing' extra"), result.stderr
    assert "pip install 'tavus-sdk[testing]'" in last


def test_the_pytest_fixture_without_the_extra_says_what_to_install(tmp_path: object) -> None:
    result = _run(
        BLOCK.format(module="jsonschema")
        + "from tavus.testing import pytest_plugin\n"
        + "gen = pytest_plugin.tavus_fake.__wrapped__(type('R', (), {'node': type('N', (), "
        + "{'get_closest_marker': lambda self, name: None})()})())\n"
        + "next(gen)\n"
    )
    assert "pip install 'tavus-sdk[testing]'" in result.stderr, result.stderr
