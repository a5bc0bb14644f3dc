"""`limit`/`page` pagination as each list documents it (0-based videos, documents and pronunciation
dictionaries; 1-based the rest), `total_count`, and list filters."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

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
    "path",
    [
        *("/v2/replicas", "/v2/videos", "/v2/conversations", "/v2/personas", "/v2/guardrails", "/v2/objectives"),
        *("/v2/transcriptions", "/v2/lipsync", "/v2/replacements"),
    ],
)
def test_list_operations_without_a_documented_400_clamp_bad_values(empty: FakeTavus, path: str) -> None:
    http = client_for(empty)
    for params in ({"limit": 0}, {"limit": -5, "page": -1}, {"page": 0}):
        assert h.ok(http.get(path, params=params)) == {"data": [], "total_count": 0}


def test_bad_values_clamp_to_the_first_page(empty: FakeTavus) -> None:
    http = client_for(empty)
    ids = [h.transcription(http) for _ in range(3)][::-1]
    for params in ({"page": 0}, {"page": -3, "limit": 0}):
        assert [t["transcription_id"] for t in h.ok(http.get("/v2/transcriptions", params=params))["data"]] == ids
    assert h.ok(http.get("/v2/pronunciation-dictionaries", params={"page": -1}))["page"] == 0


def test_videos_are_zero_based(empty: FakeTavus) -> None:
    # "The page number to return (0-indexed). Default is 0 (first page)."
    http = client_for(empty)
    replica_id = h.replica(http, empty)
    ids = [h.video(http, replica_id, video_name=f"V{n}") for n in range(12)][::-1]

    def page(**params: int) -> list[str]:
        return [v["video_id"] for v in h.ok(http.get("/v2/videos", params=params))["data"]]

    assert page() == page(page=0) == ids[:10]
    assert page(page=1) == ids[10:]
    assert page(page=0, limit=5) == ids[:5]
    assert page(page=2, limit=5) == ids[10:]
    assert page(page=3, limit=5) == []
    assert page(page=-1) == ids[:10]  # clamped: listVideos documents no 400


def test_one_based_lists_of_the_new_jobs(empty: FakeTavus) -> None:
    http = client_for(empty)
    for path, make in (
        ("/v2/transcriptions", h.transcription),
        ("/v2/lipsync", h.lipsync),
        ("/v2/replacements", h.replacement),
    ):
        key = {"/v2/transcriptions": "transcription_id", "/v2/lipsync": "lipsync_id"}.get(path, "replacement_id")
        ids = [make(http) for _ in range(12)][::-1]
        first = h.ok(http.get(path))
        assert ([item[key] for item in first["data"]], first["total_count"]) == (ids[:10], 12)
        second = h.ok(http.get(path, params={"page": 2}))
        assert [item[key] for item in second["data"]] == ids[10:]
        assert h.ok(http.get(path, params={"page": 1, "limit": 3}))["data"][0][key] == ids[0]


def test_pronunciation_dictionaries_are_zero_based_newest_first(empty: FakeTavus) -> None:
    http = client_for(empty)
    ids = []
    for n in range(12):
        ids.append(h.dictionary(http, name=f"D{n}"))
        empty.advance(1)

    def listed(**params: Any) -> tuple[list[str], int, int, int]:
        body = h.ok(http.get("/v2/pronunciation-dictionaries", params=params))
        return (
            [d["pronunciation_dictionary_id"] for d in body["data"]],
            body["page"],
            body["limit"],
            body["total_count"],
        )

    assert listed() == (ids[::-1][:10], 0, 10, 12)  # sort "default: desc"
    assert listed(page=1) == (ids[::-1][10:], 1, 10, 12)
    assert listed(sort="asc", limit=5) == (ids[:5], 0, 5, 12)
    assert listed(sort="asc", limit=5, page=2) == (ids[10:], 2, 5, 12)
    too_big = http.get("/v2/pronunciation-dictionaries", params={"limit": 101})
    assert too_big.json() == {"error": "limit: must be <= 100"}  # the schema's bound


def test_voices_search_tag_sort_and_pages(fake: FakeTavus, http: httpx.Client) -> None:
    def names(**params: Any) -> list[str]:
        return [v["voice_name"] for v in h.ok(http.get("/v2/voices", params=params))["data"]]

    everyone = names(limit=100)
    assert everyone == sorted(everyone)
    assert names(sort="desc", limit=100) == everyone[::-1]
    assert names(search="AN") == [n for n in everyone if "an" in n]
    assert "anna" in names(search="AN")
    female = names(tag="FEMALE", limit=100)
    assert "anna" in female
    assert "james" not in female
    assert names(limit=2, page=2) == everyone[2:4]  # "Page number (1-based)."
    body = h.ok(http.get("/v2/voices", params={"limit": 2, "page": 2, "tag": "english"}))
    assert (body["page"], body["limit"]) == (2, 2)
    assert body["total_count"] == len(names(tag="english", limit=100))
    assert names(search="nobody") == []
    for params, error in (({"limit": 0}, "limit: must be >= 1"), ({"page": 0}, "page: must be >= 1")):
        assert http.get("/v2/voices", params=params).json() == {"error": error}  # the schema's bounds
    assert http.get("/v2/voices", params={"sort": "up"}).json() == {"error": "sort: must be one of 'asc', 'desc'"}


def test_without_stock_there_are_no_voices(empty: FakeTavus) -> None:
    assert h.ok(client_for(empty).get("/v2/voices")) == {"data": [], "total_count": 0, "page": 1, "limit": 10}


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
