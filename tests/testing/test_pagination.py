"""`limit`/`page` pagination (1-based lists, 0-based documents), `total_count`, and list filters."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tavus.testing import FakeTavus

from . import _helpers as h
from .conftest import client_for


@pytest.fixture
def empty() -> Iterator[FakeTavus]:
    with FakeTavus(stock=False) as fake:
        yield fake


def test_one_based_pages_newest_first(empty: FakeTavus) -> None:
    http = client_for(empty)
    ids = [h.persona(http, persona_name=f"P{n}") for n in range(25)]
    newest_first = ids[::-1]
    default = h.ok(http.get("/v2/personas"))
    assert default["total_count"] == 25
    assert [p["persona_id"] for p in default["data"]] == newest_first[:10]
    pages = [h.ok(http.get("/v2/personas", params={"limit": 10, "page": n}))["data"] for n in (1, 2, 3, 4)]
    assert [[p["persona_id"] for p in page] for page in pages] == [
        newest_first[:10],
        newest_first[10:20],
        newest_first[20:],
        [],
    ]


@pytest.mark.parametrize(
    "path", ["/v2/replicas", "/v2/videos", "/v2/conversations", "/v2/personas", "/v2/guardrails", "/v2/objectives"]
)
def test_list_operations_without_a_documented_400_clamp_bad_values(empty: FakeTavus, path: str) -> None:
    http = client_for(empty)
    for params in ({"limit": 0}, {"limit": -5, "page": -1}, {"page": 0}):
        assert h.ok(http.get(path, params=params)) == {"data": [], "total_count": 0}


def test_documents_are_zero_based_ascending_and_strict(empty: FakeTavus) -> None:
    http = client_for(empty)
    ids = [h.document(http, document_name=f"doc {n}") for n in range(12)]
    first = h.ok(http.get("/v2/documents"))
    assert (first["page"], first["limit"], first["total_count"]) == (0, 10, 12)
    assert [d["document_id"] for d in first["data"]] == ids[:10]
    second = h.ok(http.get("/v2/documents", params={"page": 1}))
    assert [d["document_id"] for d in second["data"]] == ids[10:]
    descending = h.ok(http.get("/v2/documents", params={"sort": "descending", "limit": 3}))
    assert [d["document_id"] for d in descending["data"]] == ids[::-1][:3]
    assert http.get("/v2/documents", params={"limit": 0}).json() == {"error": "limit: must be a positive integer"}
    assert http.get("/v2/documents", params={"page": -1}).json() == {"error": "page: must be >= 0"}


def test_document_filters(empty: FakeTavus) -> None:
    http = client_for(empty)
    alpha = h.document(http, document_name="Alpha guide", tags=["docs", "web"])
    beta = h.document(http, document_name="Beta notes", tags=["internal"])
    empty.advance(empty.settings.document_processing_seconds)
    gamma = h.document(http, document_name="Gamma")

    def listed(**params: str) -> list[str]:
        return [d["document_id"] for d in h.ok(http.get("/v2/documents", params=params))["data"]]

    assert listed(tags="web,internal") == [alpha, beta]
    assert listed(name_or_uuid="guide") == [alpha]
    assert listed(name_or_uuid=beta) == [beta]
    assert listed(status="ready") == [alpha, beta]
    assert listed(status="started") == [gamma]


def test_replica_filters(fake: FakeTavus, http: httpx.Client) -> None:
    mine = [h.replica(http, fake, trained=False) for _ in range(3)]
    users = h.ok(http.get("/v2/replicas", params={"replica_type": "user", "verbose": "true"}))
    assert users["total_count"] == 3
    assert {r["replica_type"] for r in users["data"]} == {"user"}
    system = h.ok(http.get("/v2/replicas", params={"replica_type": "system"}))
    assert [r["replica_id"] for r in system["data"]] == [FakeTavus.STOCK_REPLICA_ID]
    picked = h.ok(http.get("/v2/replicas", params={"replica_ids": f"{mine[0]}, {mine[2]},rnope"}))
    assert {r["replica_id"] for r in picked["data"]} == {mine[0], mine[2]}
    assert h.ok(http.get("/v2/replicas"))["total_count"] == 4  # the stock replica is listed too


def test_total_count_counts_the_filtered_set(fake: FakeTavus, http: httpx.Client) -> None:
    for _ in range(3):
        h.conversation(http, FakeTavus.STOCK_REPLICA_ID)
    h.conversation(http, FakeTavus.STOCK_REPLICA_ID, test_mode=True)
    active = h.ok(http.get("/v2/conversations", params={"status": "active", "limit": 2}))
    assert (active["total_count"], len(active["data"])) == (3, 2)
    assert h.ok(http.get("/v2/conversations", params={"status": "ended"}))["total_count"] == 1
