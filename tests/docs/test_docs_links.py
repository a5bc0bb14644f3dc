"""The pure logic of `make docs-check` (tools/docs_links.py), without a browser."""

from __future__ import annotations

import pytest

from tools.docs_links import (
    Link,
    is_page_url,
    origin_of,
    page_urls_of_site,
    parse_page,
    resolve_links,
    same_origin,
    split_fragment,
)

BASE = "http://127.0.0.1:8000/"
PAGE = BASE + "guide/errors/"

HTML = """<!doctype html><html><head>
<link rel="stylesheet" href="../../assets/stylesheets/main.css">
<link rel="canonical" href="https://example.org/guide/errors/">
<script src="../../assets/javascripts/bundle.js"></script>
</head><body>
<a href="#">top</a>
<a id="intro" href="../../quickstart/">Quickstart</a>
<a href="../../quickstart/#async">Async</a>
<a href="../../quickstart/#async">Async again</a>
<a href="../../reference/client/#tavus.Tavus.with_options">with_options</a>
<a href="#retries%20table">retries</a>
<a href="https://tavusapi.com">Tavus</a>
<a href="http://127.0.0.1:9999/elsewhere/">another port</a>
<a href="mailto:someone@example.com">mail</a>
<a href="javascript:void(0)">js</a>
<a name="legacy-anchor"></a>
<h2 id="retries table">Retries</h2>
<img src="data:image/png;base64,AAAA">
<img src="../../assets/logo.svg"/>
<a href="   ">blank</a>
</body></html>"""


def test_parse_page_finds_every_url_and_id() -> None:
    refs = parse_page(HTML)
    tags = [tag for tag, _ in refs.refs]
    assert sorted(set(tags)) == ["a", "img", "link", "script"]
    assert [tags.count(tag) for tag in ("link", "script", "img")] == [2, 1, 2]
    assert ("a", "../../quickstart/") in refs.refs
    assert ("a", "   ") not in refs.refs  # blank hrefs are no links
    assert refs.ids == {"intro", "legacy-anchor", "retries table"}


def test_resolve_links_keeps_same_origin_resolved_and_deduplicated() -> None:
    links = resolve_links(parse_page(HTML), PAGE, BASE)
    assert Link(BASE + "quickstart/", "", "a") in links
    assert Link(BASE + "quickstart/", "async", "a") in links
    assert links.count(Link(BASE + "quickstart/", "async", "a")) == 1
    assert Link(BASE + "reference/client/", "tavus.Tavus.with_options", "a") in links
    assert Link(PAGE, "retries table", "a") in links  # the fragment is percent-decoded
    assert Link(PAGE, "", "a") in links  # href="#": the page itself
    assert Link(BASE + "assets/stylesheets/main.css", "", "link") in links
    assert Link(BASE + "assets/javascripts/bundle.js", "", "script") in links
    assert Link(BASE + "assets/logo.svg", "", "img") in links
    urls = {link.url for link in links}
    assert not any(u.startswith(("https://tavusapi.com", "https://example.org", "http://127.0.0.1:9999")) for u in urls)
    assert not any(u.startswith(("mailto:", "javascript:", "data:")) for u in urls)


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [
        ("http://127.0.0.1:8000/a/", "http://127.0.0.1:8000/", True),
        ("http://127.0.0.1:8001/a/", "http://127.0.0.1:8000/", False),
        ("https://127.0.0.1:8000/a/", "http://127.0.0.1:8000/", False),
        ("http://localhost:8000/a/", "http://127.0.0.1:8000/", False),
        ("http://EXAMPLE.org:80/x", "http://example.org/", True),
        ("https://example.org:443/x", "https://example.org/", True),
        ("//example.org/x", "http://127.0.0.1:8000/", False),
    ],
)
def test_same_origin(url: str, base: str, expected: bool) -> None:
    assert same_origin(url, base) is expected


def test_origin_fills_in_default_ports() -> None:
    assert origin_of("https://Example.org/path") == ("https", "example.org", 443)


def test_split_fragment() -> None:
    assert split_fragment("http://h/a/#x%20y") == ("http://h/a/", "x y")
    assert split_fragment("http://h/a/") == ("http://h/a/", "")
    assert split_fragment("http://h/a/?q=1#f") == ("http://h/a/?q=1", "f")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://h/", True),
        ("http://h/quickstart/", True),
        ("http://h/404.html", True),
        ("http://h", True),
        ("http://h/assets/javascripts/bundle.js", False),
        ("http://h/search/search_index.json", False),
        ("http://h/objects.inv", False),
    ],
)
def test_is_page_url(url: str, expected: bool) -> None:
    assert is_page_url(url) is expected


def test_page_urls_of_site_maps_files_to_served_urls() -> None:
    files = ["index.html", "quickstart/index.html", "reference/resources/replicas/index.html", "404.html", "x.html"]
    assert page_urls_of_site(files, "http://h:1") == [
        "http://h:1/",
        "http://h:1/quickstart/",
        "http://h:1/reference/resources/replicas/",
        "http://h:1/x.html",
    ]
