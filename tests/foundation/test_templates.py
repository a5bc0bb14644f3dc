"""The custom generator templates stay an honest fork of openapi-python-client's.

Each template in openapi/templates/ names the upstream file it was forked from, and an unmodified
copy of that file is kept in upstream-<version>/. When the generator is bumped, the installed
defaults are compared with those copies: the failure lists what upstream changed, to port into the
forks. tools.generate refuses to run with another generator version.
"""

from __future__ import annotations

import difflib
from importlib.resources import files
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tools import generate

TEMPLATES = ROOT / "openapi" / "templates"
UPSTREAM = TEMPLATES / f"upstream-{generate.GENERATOR_VERSION}"
FORKS = sorted(p.name for p in TEMPLATES.glob("*.jinja"))


def _installed(name: str) -> str:
    return files("openapi_python_client").joinpath("templates", name).read_text(encoding="utf-8")


def test_there_are_forks_and_each_has_its_upstream_copy() -> None:
    assert FORKS, "openapi/templates/ holds no template"
    assert sorted(p.name for p in UPSTREAM.glob("*.jinja")) == FORKS


@pytest.mark.parametrize("name", FORKS)
def test_each_fork_names_its_origin(name: str) -> None:
    head = (TEMPLATES / name).read_text(encoding="utf-8")[:300]
    assert f"Forked from openapi-python-client {generate.GENERATOR_VERSION} templates/{name}" in " ".join(head.split())


@pytest.mark.parametrize("name", FORKS)
def test_upstream_copy_is_the_installed_default(name: str) -> None:
    """Fails on a generator bump, with upstream's changes to port into the fork."""
    ours, theirs = (UPSTREAM / name).read_text(encoding="utf-8"), _installed(name)
    diff = difflib.unified_diff(ours.splitlines(), theirs.splitlines(), f"upstream-{generate.GENERATOR_VERSION}/{name}",
                                f"installed {generate.generator_version()}/{name}", lineterm="")  # fmt: skip
    assert ours == theirs, "upstream changed this template; port it into the fork:\n" + "\n".join(diff)


def test_generate_refuses_another_generator_version(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert generate.template_mismatch() is None
    monkeypatch.setattr(generate, "generator_version", lambda: "0.30.0")
    message = generate.template_mismatch()
    assert message is not None
    assert "0.30.0" in message
    assert generate.GENERATOR_VERSION in message
    assert generate.main(["generate", str(tmp_path)]) == 1
    assert not (tmp_path / "tavus_api").exists()
