"""`make docs-check`: the built site (site/) in a real browser, Debian's /usr/bin/chromium over CDP.

`mkdocs build --strict` already fails on broken Markdown links and references; this checks what only
a browser shows. It serves site/ on 127.0.0.1 (a free port, a thread of this process) and, with
Playwright driving chromium headless:

- the quickstart page and the `Tavus` reference render real content (an h1, code, the class heading
  and its `with_options` method);
- no page logs a console error or an uncaught exception, and no page requests anything from another
  origin (the site must work offline: no fonts, scripts or images from a CDN);
- every same-origin link and asset of every page answers 200, and every `#fragment` names an id of
  its target page;
- it saves a screenshot of the quickstart to build/docs-check/quickstart.png.

Every page of the site is visited: all the HTML files of site/, plus anything they link to.
Exit status: 0 all good, 1 a check failed, 2 it could not run (no chromium, no site, no playwright).
The link logic is in tools/docs_links.py, unit-tested without a browser.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.docs_links import Link, PageRefs, is_page_url, page_urls_of_site, parse_page, resolve_links, same_origin

CHROMIUM = "/usr/bin/chromium"
# Headless, and nothing that talks to Google's services: the check must not need (or use) the network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
QUICKSTART = "quickstart/"
CLIENT_REFERENCE = "reference/client/"


@dataclass
class Report:
    """What the run found; `failures` empty means success."""

    pages: list[str] = field(default_factory=list)
    links_checked: int = 0
    fragments_checked: int = 0
    console_errors: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"docs-check: {len(self.pages)} pages visited, {self.links_checked} links checked "
            f"({self.fragments_checked} #fragments), {len(self.console_errors)} console errors, "
            f"{len(self.failures)} failures"
        )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # one line per request would drown the summary
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve `site` on 127.0.0.1 at a free port, on a daemon thread; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="docs-check-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def fetch(url: str) -> tuple[int, str]:
    """(status, body as text for HTML, else "") of a GET on the local server."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # our own 127.0.0.1 server
            body = response.read()
            kind = response.headers.get("content-type", "")
            return response.status, body.decode("utf-8", "replace") if "html" in kind else ""
    except urllib.error.HTTPError as exc:
        return exc.code, ""


class _Site:
    """The served site's pages: fetched once each, their references and ids cached."""

    def __init__(self, base: str) -> None:
        self.base = base
        self._status: dict[str, int] = {}
        self._refs: dict[str, PageRefs] = {}

    def status(self, url: str) -> int:
        if url not in self._status:
            status, html = fetch(url)
            self._status[url] = status
            if html:
                self._refs[url] = parse_page(html)
        return self._status[url]

    def refs(self, url: str) -> PageRefs:
        self.status(url)
        return self._refs.get(url, PageRefs((), frozenset()))

    def links(self, url: str) -> list[Link]:
        return resolve_links(self.refs(url), url, self.base)


def check_links(site: _Site, pages: list[str], report: Report) -> list[str]:
    """Every same-origin link and asset of `pages` answers 200, and each #fragment names an id there.

    Returns the pages found by following links, to visit as well."""
    found: list[str] = []
    checked: set[str] = set()
    for page in pages:
        for link in site.links(page):
            if link.url not in checked:
                checked.add(link.url)
                status = site.status(link.url)
                if status != 200:
                    report.failures.append(f"{page}: {link.tag} {link.url} answers {status}")
                elif link.tag in ("a", "area") and is_page_url(link.url) and link.url not in pages + found:
                    found.append(link.url)
            if link.fragment and is_page_url(link.url) and site.status(link.url) == 200:
                report.fragments_checked += 1
                if link.fragment not in site.refs(link.url).ids:
                    report.failures.append(f"{page}: {link.url}#{link.fragment}: no element has that id")
    report.links_checked += len(checked)
    return found


def check_in_browser(base: str, pages: list[str], chromium: str, screenshot: Path, report: Report) -> None:
    """Visit each page in chromium: console errors, page errors, failed or foreign requests, content."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
            page = context.new_page()
            current = {"url": ""}
            _listen(context, page, base, report, current)
            for url in pages:
                current["url"] = url
                page.goto(url, wait_until="networkidle")
                report.pages.append(url)
            _check_content(page, base, screenshot, report, current)
        finally:
            browser.close()


def _listen(context: Any, page: Any, base: str, report: Report, current: dict[str, str]) -> None:
    """Record console errors, uncaught exceptions, failed requests and any request to another origin
    (aborted, so the check never touches the network) against the page being visited."""

    def foreign(route: Any) -> None:
        report.failures.append(f"{current['url']}: requests another origin: {route.request.url}")
        route.abort()

    def console(message: Any) -> None:
        if message.type == "error":
            report.console_errors.append(f"{current['url']}: {message.text}")

    def response(answer: Any) -> None:
        if answer.status >= 400:
            report.failures.append(f"{current['url']}: {answer.url} answers {answer.status}")

    context.route(lambda url: not same_origin(url, base), foreign)
    page.on("console", console)
    page.on("pageerror", lambda exc: report.console_errors.append(f"{current['url']}: uncaught {exc}"))
    page.on("requestfailed", lambda r: report.failures.append(f"{current['url']}: {r.url} failed: {r.failure}"))
    page.on("response", response)


def _check_content(page: Any, base: str, screenshot: Path, report: Report, current: dict[str, str]) -> None:
    """The quickstart and the `Tavus` reference show real content; screenshot the quickstart."""
    current["url"] = base + QUICKSTART
    page.goto(current["url"], wait_until="networkidle")
    h1 = page.locator("article h1").first.inner_text().removesuffix("¶").strip()  # without the permalink
    if h1 != "Quickstart":
        report.failures.append(f"{current['url']}: h1 is {h1!r}, not 'Quickstart'")
    code = page.locator("article pre code").all_inner_texts()
    if not any("from tavus import Tavus" in block for block in code):
        report.failures.append(f"{current['url']}: no code block with 'from tavus import Tavus'")
    if not page.locator("article pre code").first.is_visible():
        report.failures.append(f"{current['url']}: the first code block is not visible")
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(screenshot))

    current["url"] = base + CLIENT_REFERENCE
    page.goto(current["url"], wait_until="networkidle")
    for anchor, text in (("tavus.Tavus", "Tavus"), ("tavus.Tavus.with_options", "with_options")):
        heading = page.locator(f'[id="{anchor}"]')
        if heading.count() != 1 or text not in heading.first.inner_text():
            report.failures.append(f"{current['url']}: no heading #{anchor} showing {text!r}")


def run(site: Path, chromium: str, screenshot: Path) -> Report:
    report = Report()
    html_files = [p.relative_to(site).as_posix() for p in site.rglob("*.html")]
    with serve(site) as base:
        served = _Site(base)
        pages = page_urls_of_site(html_files, base)
        more = check_links(served, pages, report)
        while more:  # pages reached only through links (none, unless something outside nav is linked)
            pages += more
            more = check_links(served, more, report)
        check_in_browser(base, pages, chromium, screenshot, report)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.docs_check", description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path("site"), help="the built site (default: site)")
    parser.add_argument("--chromium", default=CHROMIUM, help=f"the browser binary (default: {CHROMIUM})")
    parser.add_argument("--screenshot", type=Path, default=Path("build/docs-check/quickstart.png"))
    args = parser.parse_args(argv)
    if not Path(args.chromium).is_file():
        print(f"docs-check: {args.chromium} not found; install it with: apt-get install chromium", file=sys.stderr)
        return 2
    if not (args.site / "index.html").is_file():
        print(f"docs-check: {args.site}/index.html not found; build the site first (make docs)", file=sys.stderr)
        return 2
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        print("docs-check: playwright is missing; pip install -r requirements/browser.txt", file=sys.stderr)
        return 2
    report = run(args.site, args.chromium, args.screenshot)
    for line in report.console_errors + report.failures:
        print(f"  {line}")
    print(report.summary())
    if not report.console_errors and not report.failures:
        print(f"docs-check: screenshot of the quickstart in {args.screenshot}")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
