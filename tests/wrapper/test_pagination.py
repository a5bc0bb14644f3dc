"""Pages and lazy iteration over every item (issue 4)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

import tavus._pagination
from tavus import AsyncPage, Page, TavusError

LISTS = [
    # resource, path, first page, item id field
    ("replicas", "/v2/replicas", 1, "replica_id"),
    ("videos", "/v2/videos", 0, "video_id"),
    ("conversations", "/v2/conversations", 1, "conversation_id"),
    ("personas", "/v2/personas", 1, "persona_id"),
    ("documents", "/v2/documents", 0, "document_id"),
    ("guardrails", "/v2/guardrails", 1, "guardrails_id"),
    ("objectives", "/v2/objectives", 1, "objectives_id"),
    ("voices", "/v2/voices", 1, "voice_name"),
    ("pronunciation_dictionaries", "/v2/pronunciation-dictionaries", 0, "pronunciation_dictionary_id"),
    ("transcriptions", "/v2/transcriptions", 1, "transcription_id"),
]


class Server:
    """A list endpoint holding `total` items, served `per_page` at a time (or `limit` when smaller)."""

    def __init__(self, total: int, *, first: int, key: str, per_page: int | None = None, send_total: bool = True):
        self.total, self.first, self.key, self.per_page, self.send_total = total, first, key, per_page, send_total
        self.pages: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", self.first))
        limit = int(request.url.params.get("limit", 10))
        size = min(limit, self.per_page or limit)
        self.pages.append(page)
        start = (page - self.first) * size
        data = [{self.key: f"id{i}"} for i in range(start, min(start + size, self.total))]
        body: dict[str, Any] = {"data": data}
        if self.send_total:
            body["total_count"] = self.total
        return httpx.Response(200, json=body)


def _ids(items: list[Any], key: str) -> list[str]:
    return [getattr(item, key) for item in items]


@pytest.mark.parametrize(("resource", "path", "first", "key"), LISTS)
def test_list_returns_a_page(resource: str, path: str, first: int, key: str, client: Any, api: respx.MockRouter):
    server = Server(25, first=first, key=key)
    route = api.get(path).mock(side_effect=server)
    page = getattr(client, resource).list(limit=10)
    assert isinstance(page, Page)
    assert page.total_count == 25
    assert page.page == first
    assert len(page.data) == 10
    assert _ids(page.data, key) == [f"id{i}" for i in range(10)]
    assert page.has_next_page() is True
    second = page.next_page()
    assert second.page == first + 1
    third = second.next_page()
    assert len(third.data) == 5
    assert third.has_next_page() is False
    with pytest.raises(TavusError, match="no next page"):
        third.next_page()
    assert server.pages == [first, first + 1, first + 2]
    assert route.call_count == 3
    assert "total_count=25" in repr(page)
    assert _ids(list(second), key) == [f"id{i}" for i in range(10, 25)]  # this page and the ones after it
    assert server.pages == [first, first + 1, first + 2, first + 2]


@pytest.mark.parametrize(("resource", "path", "first", "key"), LISTS)
def test_pages_start_at_the_documented_first_page(resource: str, path: str, first: int, key: str, client, api):
    route = api.get(path).respond(200, json={"data": []})
    getattr(client, resource).list()
    assert route.calls.last.request.url.params["page"] == str(first)
    next(getattr(client, resource).iter(), None)
    assert route.calls.last.request.url.params["page"] == str(first)


@pytest.mark.parametrize(("resource", "path", "first", "key"), LISTS)
def test_iter_2500_items_with_total_count_takes_25_requests(resource, path, first, key, client, api) -> None:
    server = Server(2500, first=first, key=key)
    route = api.get(path).mock(side_effect=server)
    items = list(getattr(client, resource).iter(limit=100))
    assert len(items) == 2500
    assert _ids(items, key)[::500] == ["id0", "id500", "id1000", "id1500", "id2000"]
    assert len(set(_ids(items, key))) == 2500
    assert route.call_count == 25
    assert server.pages == list(range(first, first + 25))


@pytest.mark.parametrize(("resource", "path", "first", "key"), LISTS)
def test_iter_2500_items_without_total_count_takes_26_requests(resource, path, first, key, client, api) -> None:
    server = Server(2500, first=first, key=key, send_total=False)
    route = api.get(path).mock(side_effect=server)
    items = list(getattr(client, resource).iter(limit=100))
    assert len(items) == 2500
    assert route.call_count == 26  # the 26th page is empty: the end
    assert server.pages[-1] == first + 25


def test_short_page_stops_when_there_is_no_total_count(client: Any, api: respx.MockRouter) -> None:
    server = Server(250, first=1, key="replica_id", send_total=False)
    route = api.get("/v2/replicas").mock(side_effect=server)
    assert len(list(client.replicas.iter(limit=100))) == 250
    assert route.call_count == 3


def test_short_pages_continue_while_total_count_says_more(client: Any, api: respx.MockRouter) -> None:
    server = Server(120, first=1, key="replica_id", per_page=50)  # the server caps limit at 50
    route = api.get("/v2/replicas").mock(side_effect=server)
    assert len(list(client.replicas.iter(limit=100))) == 120
    assert route.call_count == 3


def test_empty_page_stops_even_if_total_count_says_more(client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/videos").mock(
        side_effect=[
            httpx.Response(200, json={"data": [{"video_id": "a"}], "total_count": 99}),
            httpx.Response(200, json={"data": [], "total_count": 99}),
            httpx.Response(200, json={"data": [{"video_id": "never"}], "total_count": 99}),
        ]
    )
    assert _ids(list(client.videos.iter(limit=1)), "video_id") == ["a"]
    assert route.call_count == 2


def test_first_empty_page(client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/personas").respond(200, json={"data": [], "total_count": 0})
    page = client.personas.list()
    assert page.data == []
    assert page.has_next_page() is False
    assert list(client.personas.iter()) == []
    assert route.call_count == 2


def test_without_limit_or_total_the_documented_page_size_ends_on_a_short_page(
    client: Any, api: respx.MockRouter
) -> None:
    """List Personas documents `limit` "Default is 10.": the short third page is the last."""
    server = Server(25, first=1, key="persona_id", send_total=False)
    route = api.get("/v2/personas").mock(side_effect=server)
    assert len(list(client.personas.iter())) == 25
    assert route.call_count == 3
    assert "limit" not in route.calls.last.request.url.params


def test_without_limit_total_or_documented_page_size_only_an_empty_page_stops(
    client: Any, api: respx.MockRouter
) -> None:
    """List Replicas documents no default page size: a short page proves nothing."""
    server = Server(25, first=1, key="replica_id", send_total=False)
    route = api.get("/v2/replicas").mock(side_effect=server)
    assert len(list(client.replicas.iter())) == 25
    assert route.call_count == 4


def test_iterating_a_page_walks_every_page(client: Any, api: respx.MockRouter) -> None:
    server = Server(25, first=1, key="persona_id")
    api.get("/v2/personas").mock(side_effect=server)
    page = client.personas.list(limit=10)
    assert len(page.data) == 10  # this page only
    assert _ids(list(page), "persona_id") == [f"id{i}" for i in range(25)]
    assert server.pages == [1, 2, 3]
    assert [p.page for p in page.iter_pages()] == [1, 2, 3]


@pytest.mark.parametrize("send_total", [True, False])
def test_a_later_page_without_limit_is_the_last_when_it_is(
    client: Any, api: respx.MockRouter, send_total: bool
) -> None:
    """`list(page=3)` of 25 items in the documented pages of 10: no page 4 is reported or fetched."""
    server = Server(25, first=1, key="persona_id", send_total=send_total)
    api.get("/v2/personas").mock(side_effect=server)
    page = client.personas.list(page=3)
    assert _ids(page.data, "persona_id") == [f"id{i}" for i in range(20, 25)]
    assert not page.has_next_page()
    assert _ids(list(page), "persona_id") == [f"id{i}" for i in range(20, 25)]
    assert server.pages == [3]


def test_a_later_page_of_unknown_size_is_not_cut_short(client: Any, api: respx.MockRouter) -> None:
    """List Replicas documents no page size: from `page=2` iteration runs to an empty page."""
    server = Server(25, first=1, key="replica_id")
    api.get("/v2/replicas").mock(side_effect=server)
    page = client.replicas.list(page=2)
    assert _ids(list(page), "replica_id") == [f"id{i}" for i in range(10, 25)]
    assert server.pages == [2, 3, 4]


def test_iteration_is_lazy(client: Any, api: respx.MockRouter) -> None:
    server = Server(300, first=1, key="replica_id")
    route = api.get("/v2/replicas").mock(side_effect=server)
    iterator = client.replicas.iter(limit=100)
    assert route.call_count == 0
    next(iterator)
    assert route.call_count == 1
    for _ in range(100):
        next(iterator)
    assert route.call_count == 2


def test_iter_passes_filters_on_every_page(client: Any, api: respx.MockRouter) -> None:
    server = Server(15, first=0, key="document_id")
    route = api.get("/v2/documents").mock(side_effect=server)
    list(client.documents.iter(limit=10, sort="descending", tags="a"))
    assert route.call_count == 2
    for call in route.calls:
        assert call.request.url.params["sort"] == "descending"
        assert call.request.url.params["tags"] == "a"
        assert call.request.url.params["limit"] == "10"


def test_list_at_a_given_page(client: Any, api: respx.MockRouter) -> None:
    server = Server(250, first=1, key="replica_id")
    route = api.get("/v2/replicas").mock(side_effect=server)
    page = client.replicas.list(limit=100, page=2)
    assert page.page == 2
    assert _ids(page.data, "replica_id")[0] == "id100"
    assert route.calls.last.request.url.params["page"] == "2"


def test_last_page_fetched_directly_has_no_next_page(client: Any, api: respx.MockRouter) -> None:
    server = Server(300, first=1, key="replica_id")
    route = api.get("/v2/replicas").mock(side_effect=server)
    page = client.replicas.list(limit=100, page=3)
    assert len(page.data) == 100
    assert page.has_next_page() is False
    assert len(list(page.iter_all())) == 100
    assert route.call_count == 1


def test_max_pages_guard(client: Any, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tavus._pagination, "MAX_PAGES", 5)
    route = api.get("/v2/videos").respond(200, json={"data": [{"video_id": "same"}]})  # never ends
    assert len(list(client.videos.iter(limit=1))) == 5
    assert route.call_count == 5


def test_page_exposes_the_raw_model(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/documents").respond(200, json={"data": [], "total_count": 0, "page": 0, "limit": 10, "x": 1})
    page = client.documents.list()
    assert type(page.response).__name__ == "ListDocumentsResponse200"
    assert page.response.additional_properties == {"x": 1}


# --- async ---------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(("resource", "path", "first", "key"), LISTS)
async def test_async_iter_2500_items(resource, path, first, key, aclient, api) -> None:
    server = Server(2500, first=first, key=key)
    route = api.get(path).mock(side_effect=server)
    items = [item async for item in getattr(aclient, resource).iter(limit=100)]
    assert len(items) == 2500
    assert route.call_count == 25
    server_nt = Server(2500, first=first, key=key, send_total=False)
    route.mock(side_effect=server_nt)
    items = [item async for item in getattr(aclient, resource).iter(limit=100)]
    assert len(items) == 2500
    assert route.call_count == 25 + 26
    assert server_nt.pages == list(range(first, first + 26))


@pytest.mark.anyio
async def test_async_list_and_next_page(aclient: Any, api: respx.MockRouter) -> None:
    server = Server(15, first=0, key="document_id")
    api.get("/v2/documents").mock(side_effect=server)
    page = await aclient.documents.list(limit=10)
    assert isinstance(page, AsyncPage)
    assert page.page == 0
    assert page.total_count == 15
    assert len(page.data) == 10
    assert page.has_next_page()
    nxt = await page.next_page()
    assert len(nxt.data) == 5
    assert not nxt.has_next_page()
    with pytest.raises(TavusError):
        await nxt.next_page()
    assert server.pages == [0, 1]
    assert [d.document_id async for d in page.iter_all()] == [f"id{i}" for i in range(15)]
    assert [d.document_id async for d in page] == [f"id{i}" for i in range(15)]
    with pytest.raises(TypeError):
        iter(page)  # type: ignore[call-overload]  # an async page is walked with `async for`


@pytest.mark.anyio
async def test_async_short_and_empty_pages_stop(aclient: Any, api: respx.MockRouter) -> None:
    server = Server(250, first=1, key="persona_id", send_total=False)
    route = api.get("/v2/personas").mock(side_effect=server)
    assert len([p async for p in aclient.personas.iter(limit=100)]) == 250
    assert route.call_count == 3
    route.respond(200, json={"data": []})
    assert [p async for p in aclient.personas.iter(limit=100)] == []
    assert route.call_count == 4


def test_items_are_parsed_models(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/replicas").respond(200, content=json.dumps({"data": [{"replica_id": "r1", "status": "ready"}]}))
    (item,) = client.replicas.list().data
    assert type(item).__name__ == "Replica"
    assert item.status == "ready"
