"""docs/ci-recipes.md names the recipes as they are, links only to pages that exist, and says of
the live check what contract_tests/live.py does."""

from __future__ import annotations

import re

from contract_tests import live
from tests.ci_recipes._recipes import ALL_RECIPES, GITHUB_CONTRACT, GITHUB_SPEC_UPDATE, load
from tests.conftest import ROOT

PAGE = ROOT / "docs" / "ci-recipes.md"
TEXT = PAGE.read_text(encoding="utf-8")
OPERATION_ID = re.compile(r"`((?:list|get|create|end|delete)[A-Z]\w+)`")


def test_names_every_recipe() -> None:
    for path in ALL_RECIPES:
        assert f"`{path.relative_to(ROOT)}`" in TEXT


def test_links_only_to_existing_docs_pages() -> None:
    links = re.findall(r"\]\(([^)]+)\)", TEXT)
    assert links, "the page links spec-changes.md"
    for link in links:
        assert not link.startswith(("http:", "https:", "/")), link
        assert (PAGE.parent / link.split("#")[0]).is_file(), link


def test_the_operations_it_lists_are_the_ones_live_calls() -> None:
    said = set(OPERATION_ID.findall(TEXT))
    reads = set(live.READS) | {pair[0] for pair in live.READS.values() if pair is not None}
    writes = {"createConversation", "getConversation", "endConversation", "deleteConversation", "listReplicas"}
    assert said == reads | writes
    source = (ROOT / "contract_tests" / "live.py").read_text(encoding="utf-8")
    for operation in writes:
        assert f'"{operation}"' in source
    assert '"test_mode": True' in source


def test_the_schedules_it_states_are_the_recipes() -> None:
    assert load(GITHUB_CONTRACT)["on"]["schedule"] == [{"cron": "17 6 * * 1"}], "docs: Mondays 06:17 UTC"
    assert load(GITHUB_SPEC_UPDATE)["on"]["schedule"] == [{"cron": "23 5 * * 1"}], "docs: Mondays 05:23 UTC"
    assert "Mondays 06:17 UTC" in TEXT
    assert "Mondays 05:23 UTC" in TEXT
