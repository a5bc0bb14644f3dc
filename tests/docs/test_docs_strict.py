"""`make docs` fails on a broken link, anchor or API reference: the site's own config, built --strict.

Each case builds a two-page site into a temporary directory with every setting of mkdocs.yml
(theme, plugins, validation, hooks) except the pages, and with the flags of the `mkdocs build` in
make/docs.mk (`--quiet`, for one, would hide the warnings from --strict and let the build pass). So
what is proven is that *our* configuration and command turn these mistakes into a failed build.
The builds run in parallel: about two seconds in all.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import ROOT

GOOD = """# Home

[Other page](other.md), [a section of it](other.md#a-section), [a documented object][tavus.JobState].

::: tavus.JobState
"""
OTHER = "# Other\n\n## A section\n\nText.\n"
BROKEN_LINKS = """# Broken

[a page that does not exist](missing.md)

[an anchor that does not exist](other.md#no-such-section)

[an API object that does not exist][tavus.NoSuchClass]
"""
BROKEN_REFERENCE = "# Broken\n\n::: tavus.NoSuchClass\n"


def make_docs_flags() -> list[str]:
    """The flags of `mkdocs build` in make/docs.mk, without `--site-dir` (each case has its own)."""
    recipe = re.search(r"\$\(BIN\)/mkdocs build ([^\n]*)", (ROOT / "make" / "docs.mk").read_text(encoding="utf-8"))
    assert recipe is not None, "make/docs.mk no longer runs `$(BIN)/mkdocs build`"
    flags = recipe.group(1).split()
    if "--site-dir" in flags:
        at = flags.index("--site-dir")
        del flags[at : at + 2]
    return flags


def site_config(tmp: Path, pages: dict[str, str]) -> Path:
    """mkdocs.yml with its paths made absolute, `pages` as the whole docs_dir and nav."""
    config: dict[str, Any] = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    docs = tmp / "docs"
    docs.mkdir(parents=True)
    for name, text in pages.items():
        (docs / name).write_text(text, encoding="utf-8")
    config.update(docs_dir=str(docs), site_dir=str(tmp / "site"), nav=list(pages))
    config.pop("not_in_nav", None)
    config["hooks"] = [str(ROOT / hook) for hook in config.get("hooks", [])]
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "mkdocstrings" in plugin:
            python = plugin["mkdocstrings"]["handlers"]["python"]
            python["paths"] = [str(ROOT / path) for path in python["paths"]]
            options = python["options"]
            options["extensions"] = [str(ROOT / ext) for ext in options.get("extensions", [])]
    path = tmp / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def build_all(configs: dict[str, Path]) -> dict[str, subprocess.CompletedProcess[str]]:
    """`mkdocs build --strict` of each config, all at once; the results by name."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = str(Path(sys.executable).with_name("mkdocs"))
    running = {}
    for name, path in configs.items():
        command = [mkdocs, "build", *make_docs_flags(), "-f", str(path)]
        running[name] = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
    results = {}
    for name, process in running.items():
        out, _ = process.communicate(timeout=120)
        results[name] = subprocess.CompletedProcess(process.args, process.returncode, out, "")
    return results


def test_make_docs_builds_strictly_and_shows_the_warnings() -> None:
    flags = make_docs_flags()
    assert "--strict" in flags
    assert "--quiet" not in flags
    assert "-q" not in flags


def test_strict_build_fails_on_broken_links_anchors_and_references(tmp_path: Path) -> None:
    results = build_all(
        {
            "good": site_config(tmp_path / "good", {"index.md": GOOD, "other.md": OTHER}),
            "links": site_config(tmp_path / "links", {"index.md": GOOD, "other.md": OTHER, "broken.md": BROKEN_LINKS}),
            "reference": site_config(
                tmp_path / "reference", {"index.md": GOOD, "other.md": OTHER, "broken.md": BROKEN_REFERENCE}
            ),
        }
    )
    good = results["good"]
    assert good.returncode == 0, good.stdout  # the same config builds when nothing is broken
    assert (tmp_path / "good" / "site" / "index.html").is_file()
    assert 'id="tavus.JobState"' in (tmp_path / "good" / "site" / "index.html").read_text(encoding="utf-8")

    links = results["links"]
    assert links.returncode != 0
    assert "Aborted with 3 warnings in strict mode" in links.stdout, links.stdout
    assert "'missing.md'" in links.stdout
    assert "anchor '#no-such-section'" in links.stdout
    assert "tavus.NoSuchClass" in links.stdout

    reference = results["reference"]
    assert reference.returncode != 0
    assert "Could not collect 'tavus.NoSuchClass'" in reference.stdout, reference.stdout
