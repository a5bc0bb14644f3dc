"""The pure half of `make docs-check`: find the links and anchors of a built page, and sort them.

Kept apart from the browser driving (tools/docs_check.py) so that it is unit-tested in `make test`
(tests/docs/test_docs_links.py), where there is no chromium. Nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePosixPath
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

__all__ = [
    "Link",
    "PageRefs",
    "is_page_url",
    "origin_of",
    "page_urls_of_site",
    "parse_page",
    "resolve_links",
    "same_origin",
    "split_fragment",
]

# The attributes that point at another resource, by tag. `a` and `area` are links a reader follows;
# the others are assets the page loads (all must answer 200 too).
_URL_ATTRIBUTES = {"a": "href", "area": "href", "link": "href", "script": "src", "img": "src", "source": "src"}
_NOT_FETCHABLE = ("mailto:", "tel:", "javascript:", "data:", "blob:", "about:")
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class PageRefs:
    """What one HTML page points at (`refs`: (tag, raw URL) in document order) and the anchors it defines."""

    refs: tuple[tuple[str, str], ...]
    ids: frozenset[str]


@dataclass(frozen=True)
class Link:
    """A reference resolved against its page: `url` without fragment, the decoded `fragment`, its tag."""

    url: str
    fragment: str
    tag: str


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.ids.add(values["name"])
        attribute = _URL_ATTRIBUTES.get(tag)
        if attribute and values.get(attribute, "").strip():
            self.refs.append((tag, values[attribute].strip()))

    handle_startendtag = handle_starttag


def parse_page(html: str) -> PageRefs:
    """Every URL-bearing attribute (a/area/link href, script/img/source src) and every id of `html`."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return PageRefs(tuple(collector.refs), frozenset(collector.ids))


def origin_of(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) with the default port filled in, so that `:80` and no port compare equal."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or _DEFAULT_PORTS.get(scheme, 0)


def same_origin(url: str, base: str) -> bool:
    """Whether `url` is served by the same scheme, host and port as `base`."""
    return origin_of(url) == origin_of(base)


def split_fragment(url: str) -> tuple[str, str]:
    """(`url` without its fragment, the fragment percent-decoded); `""` when there is none."""
    without, fragment = urldefrag(url)
    return without, unquote(fragment)


def resolve_links(refs: PageRefs, page_url: str, base: str) -> list[Link]:
    """The same-origin references of a page, resolved against `page_url`, deduplicated, in order.

    Other origins (the footer's link to Material for MkDocs, tavusapi.com, ...) are left out: the
    check is about this site, and must not need the network. So are `mailto:`, `javascript:` etc."""
    seen: set[tuple[str, str]] = set()
    links: list[Link] = []
    for tag, raw in refs.refs:
        if raw.lower().startswith(_NOT_FETCHABLE):
            continue
        absolute = urljoin(page_url, raw)
        if not same_origin(absolute, base):
            continue
        url, fragment = split_fragment(absolute)
        if (url, fragment) not in seen:
            seen.add((url, fragment))
            links.append(Link(url, fragment, tag))
    return links


def is_page_url(url: str) -> bool:
    """Whether `url` names an HTML page of the site (a directory URL or an .html file), not an asset."""
    path = urlsplit(url).path
    return path.endswith("/") or path.endswith(".html") or path == ""


def page_urls_of_site(html_files: list[str], base: str) -> list[str]:
    """The URLs of a built site's pages, from their paths relative to the site directory.

    `quickstart/index.html` is served as `quickstart/`, as the site's own links name it; `404.html`
    is left out (nothing links to it; it is the server's error page)."""
    root = base if base.endswith("/") else base + "/"
    urls: list[str] = []
    for name in sorted(html_files):
        path = PurePosixPath(name)
        if path.as_posix() == "404.html":
            continue
        if path.name == "index.html":
            parent = path.parent.as_posix()
            urls.append(root if parent == "." else f"{root}{parent}/")
        else:
            urls.append(root + path.as_posix())
    return urls
