"""Every `make <target>` a recipe runs exists in this repository's Makefile (listed by `make help` and
buildable by `make -n`), and every VAR=value it passes is a variable the .mk files read."""

from __future__ import annotations

import re

import pytest

from tests.ci_recipes._recipes import (
    GITHUB_CONTRACT,
    GITHUB_SPEC_UPDATE,
    GITLAB,
    github_scripts,
    gitlab_scripts,
    load,
    make_invocations,
    missing_make_targets,
)
from tests.conftest import ROOT


def _invocations() -> list[tuple[str, str]]:
    scripts = github_scripts(load(GITHUB_CONTRACT)) + github_scripts(load(GITHUB_SPEC_UPDATE))
    scripts += gitlab_scripts(load(GITLAB))
    return [call for script in scripts for call in make_invocations(script)]


def test_the_recipes_run_the_expected_targets() -> None:
    targets = {target for target, _ in _invocations()}
    assert targets == {"contract", "contract-live", "contract-deps", "fetch-spec", "regenerate"}


def test_every_target_exists() -> None:
    assert missing_make_targets({target for target, _ in _invocations()}) == []


def test_every_make_variable_exists() -> None:
    makefiles = "\n".join(
        p.read_text(encoding="utf-8") for p in [ROOT / "Makefile", *sorted((ROOT / "make").glob("*.mk"))]
    )
    for _, assignments in _invocations():
        for name in re.findall(r"([A-Z_][A-Z0-9_]*)=", assignments):
            assert re.search(rf"^{name}\s*[?:]?=", makefiles, re.MULTILINE), name


@pytest.mark.parametrize("target", ["contract-lve", "regen", "build"])
def test_a_missing_target_is_reported(target: str) -> None:
    # `build` is a directory here: `make -n build` succeeds, `make help` does not list it.
    assert [line.split(":")[0] for line in missing_make_targets({target})] == [target]


def test_make_invocations_are_read_from_scripts() -> None:
    script = "# make not-this\nmake contract\nstatus=0; make SPEC_FILE=x.yaml regenerate || status=$?\ncmake foo"
    assert make_invocations(script) == [("contract", ""), ("regenerate", "SPEC_FILE=x.yaml")]
