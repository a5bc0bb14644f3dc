"""The site's configuration keeps its promises, and the code on its pages is real.

- mkdocs.yml: offline (no Google Fonts, no external scripts or stylesheets, no repo widget),
  strict link validation, the API reference read from wrapper/, every nav page present;
- every Python block of a nav page compiles, and the ones that need no network (the fake, the
  webhooks) are run, so a renamed method breaks `make test` rather than the reader's first try.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from tavus.testing import FakeTavus
from tests.conftest import ROOT

DOCS = ROOT / "docs"
CONFIG: dict[str, Any] = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", flags=re.S | re.M)


def nav_files(nav: Any) -> Iterator[str]:
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, list):
        for item in nav:
            yield from nav_files(item)
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from nav_files(value)


NAV = sorted(set(nav_files(CONFIG["nav"])))


def blocks(page: str) -> list[str]:
    return PYTHON_BLOCK.findall((DOCS / page).read_text(encoding="utf-8"))


def test_the_theme_loads_nothing_from_other_origins() -> None:
    theme = CONFIG["theme"]
    assert theme["name"] == "material"
    assert theme["font"] is False  # no Google Fonts
    for key in ("extra_javascript", "extra_css", "repo_url"):
        assert key not in CONFIG, f"{key}: keep the site free of external assets and GitHub API calls"
    assert "navigation.instant" not in theme.get("features", [])


def test_links_are_validated_strictly_and_the_reference_reads_wrapper() -> None:
    assert set(CONFIG["validation"].values()) == {"warn"}  # --strict turns every one into a failure
    (mkdocstrings,) = [p["mkdocstrings"] for p in CONFIG["plugins"] if isinstance(p, dict) and "mkdocstrings" in p]
    assert mkdocstrings["handlers"]["python"]["paths"] == ["wrapper"]


def test_every_nav_page_exists_and_every_page_is_in_nav() -> None:
    missing = [page for page in NAV if not (DOCS / page).is_file()]
    assert not missing, f"nav names pages that do not exist: {missing}"
    exempt = set(CONFIG.get("not_in_nav", "").split())
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    orphans = sorted(p for p in pages - set(NAV) if f"/{p}" not in exempt)
    assert not orphans, f"pages missing from nav in mkdocs.yml: {orphans}"


@pytest.mark.parametrize("page", NAV)
def test_python_blocks_compile(page: str) -> None:
    for i, block in enumerate(blocks(page)):
        compile(block, f"docs/{page} python block {i}", "exec")


@pytest.mark.parametrize("page", ["testing.md", "callbacks.md"])
def test_offline_examples_run(page: str) -> None:
    """The examples that need neither a key nor the network are executed as written."""
    runnable = [b for b in blocks(page) if "FakeTavus()" in b or "webhooks.parse(b'" in b]
    assert runnable
    for i, block in enumerate(runnable):
        exec(compile(block, f"docs/{page} example {i}", "exec"), {})


def test_the_fixture_examples_pass() -> None:
    """The `tavus_fake` examples of testing.md, given the fake the fixture would give them."""
    namespace: dict[str, Any] = {}
    (block,) = [b for b in blocks("testing.md") if "def test_" in b]
    exec(compile(block, "docs/testing.md fixture example", "exec"), namespace)
    with FakeTavus() as fake:
        namespace["test_training_completes"](fake)
    with FakeTavus(api_key="my-test-key", stock=False) as fake:
        namespace["test_starts_empty"](fake)


def test_the_quickstart_has_the_sync_and_async_examples() -> None:
    text = (DOCS / "quickstart.md").read_text(encoding="utf-8")
    assert text.startswith("# Quickstart\n")
    assert "from tavus import Tavus" in text
    assert "from tavus import AsyncTavus" in text
