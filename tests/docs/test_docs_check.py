"""`make docs-check` without the browser: its server, its link and anchor checks, its refusals.

The browser half (console errors, rendering, the screenshot) runs only in `make docs-check`, since CI
has no chromium; this part shows that the link check can fail, on a tiny site written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import docs_check
from tools.docs_check import Report, _Site, check_links, serve
from tools.docs_links import page_urls_of_site


def write_site(root: Path) -> None:
    (root / "guide").mkdir(parents=True)
    (root / "assets").mkdir()
    (root / "assets" / "site.css").write_text("body {}")
    (root / "index.html").write_text(
        '<link rel="stylesheet" href="assets/site.css">'
        '<a href="guide/">guide</a> <a href="guide/#usage">usage</a> <a href="guide/#nowhere">bad anchor</a>'
        '<a href="missing/">missing page</a> <script src="assets/gone.js"></script>'
        '<a href="https://example.org/">external, not checked</a>'
    )
    (root / "guide" / "index.html").write_text('<h2 id="usage">Usage</h2><a href="../orphan.html">orphan</a>')
    (root / "orphan.html").write_text("<p>only reachable through a link</p>")


def test_check_links_reports_missing_pages_assets_and_anchors(tmp_path: Path) -> None:
    write_site(tmp_path)
    report = Report()
    with serve(tmp_path) as base:
        site = _Site(base)
        pages = [base, base + "guide/"]
        found = check_links(site, pages, report)
    assert found == [base + "orphan.html"]  # linked pages are visited too
    assert sorted(report.failures) == sorted(
        [
            f"{base}: a {base}missing/ answers 404",
            f"{base}: script {base}assets/gone.js answers 404",
            f"{base}: {base}guide/#nowhere: no element has that id",
        ]
    )
    assert report.fragments_checked == 2
    # index: css, guide/, missing/, gone.js; guide: orphan.html
    assert report.links_checked == 5


def test_a_clean_site_passes(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<a href="a/#x">a</a>')
    (tmp_path / "a" / "index.html").write_text('<p id="x">x</p><a href="../">home</a>')
    report = Report()
    with serve(tmp_path) as base:
        pages = page_urls_of_site(["index.html", "a/index.html"], base)
        assert check_links(_Site(base), pages, report) == []
    assert report.failures == []
    assert "2 links checked (1 #fragments), 0 console errors, 0 failures" in report.summary()


def test_main_refuses_without_chromium(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert docs_check.main(["--site", str(tmp_path), "--chromium", str(tmp_path / "no-chromium")]) == 2
    assert "apt-get install chromium" in capsys.readouterr().err


def test_main_refuses_without_a_built_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    browser = tmp_path / "chromium"
    browser.write_text("")
    assert docs_check.main(["--site", str(tmp_path / "site"), "--chromium", str(browser)]) == 2
    assert "make docs" in capsys.readouterr().err
