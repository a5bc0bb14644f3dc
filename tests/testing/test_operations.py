"""Every one of the 36 operations, at the HTTP level, with every response checked against the contract."""

from __future__ import annotations

import httpx
import pytest

from tavus.testing import FakeTavus

from . import _helpers as h
from ._contract import ContractChecker, all_operation_ids
from .conftest import client_for


def test_every_operation_is_served_per_contract(fake: FakeTavus) -> None:
    checker = ContractChecker()
    http = httpx.Client(
        transport=fake.transport,
        base_url=fake.base_url,
        headers={"x-api-key": fake.api_key},
        event_hooks={"response": [checker]},
    )
    replica_id = h.replica(http, fake)
    http.get("/v2/replicas")
    http.get(f"/v2/replicas/{replica_id}")
    http.patch(f"/v2/replicas/{replica_id}/name", json={"replica_name": "Rio"})
    video_id = h.video(http, replica_id)
    http.get("/v2/videos")
    http.get(f"/v2/videos/{video_id}")
    http.patch(f"/v2/videos/{video_id}/name", json={"video_name": "Sales"})
    persona_id = h.persona(http, default_replica_id=replica_id)
    http.get("/v2/personas")
    http.get(f"/v2/personas/{persona_id}")
    http.patch(f"/v2/personas/{persona_id}", json=[{"op": "replace", "path": "/persona_name", "value": "Mentor"}])
    conversation_id = h.conversation(http, replica_id, persona_id=persona_id)
    http.get("/v2/conversations")
    http.get(f"/v2/conversations/{conversation_id}")
    http.post(f"/v2/conversations/{conversation_id}/end")
    document_id = h.document(http, crawl={"depth": 1, "max_pages": 3})
    http.get("/v2/documents")
    http.get(f"/v2/documents/{document_id}")
    http.patch(f"/v2/documents/{document_id}", json={"document_name": "Guide"})
    fake.advance(fake.settings.document_processing_seconds)
    http.post(f"/v2/documents/{document_id}/recrawl", json={"crawl": {"depth": 2}})
    guardrails_id = h.guardrails(http)
    http.get("/v2/guardrails")
    http.get(f"/v2/guardrails/{guardrails_id}")
    http.patch(f"/v2/guardrails/{guardrails_id}", json=[{"op": "replace", "path": "/name", "value": "Strict"}])
    objectives_id = h.objectives(http)
    http.get("/v2/objectives")
    http.get(f"/v2/objectives/{objectives_id}")
    http.patch(f"/v2/objectives/{objectives_id}", json=[{"op": "add", "path": "/data/0/output_variables", "value": []}])
    for path in (
        f"/v2/objectives/{objectives_id}",
        f"/v2/guardrails/{guardrails_id}",
        f"/v2/documents/{document_id}",
        f"/v2/conversations/{conversation_id}",
        f"/v2/personas/{persona_id}",
        f"/v2/videos/{video_id}",
        f"/v2/replicas/{replica_id}",
    ):
        http.delete(path)
    served = {operation_id for operation_id, status in checker.seen if status < 300}
    assert served == all_operation_ids()
    assert len(served) == 36
    assert all(r.executed and r.status is not None and r.status < 300 for r in fake.requests)


def test_replica_create_get_list_rename_delete(fake: FakeTavus, http: httpx.Client) -> None:
    created = h.ok(http.post("/v2/replicas", json={"train_video_url": h.VIDEO_URL, "replica_name": "Rio"}))
    assert created["status"] == "started"
    assert created["replica_id"].startswith("r")
    assert len(created["replica_id"]) == 12
    replica_id = created["replica_id"]
    got = h.ok(http.get(f"/v2/replicas/{replica_id}"))
    assert (got["replica_name"], got["training_progress"], got["status"]) == ("Rio", "0/100", "started")
    assert "replica_type" not in got
    assert h.ok(http.get(f"/v2/replicas/{replica_id}", params={"verbose": "true"}))["replica_type"] == "user"
    assert h.ok(http.patch(f"/v2/replicas/{replica_id}/name", json={"replica_name": "Ana"})) is None
    assert h.ok(http.get(f"/v2/replicas/{replica_id}"))["replica_name"] == "Ana"
    listed = h.ok(http.get("/v2/replicas", params={"replica_type": "user"}))
    assert [r["replica_id"] for r in listed["data"]] == [replica_id]
    assert h.ok(http.delete(f"/v2/replicas/{replica_id}", params={"hard": "true"})) is None
    assert http.get(f"/v2/replicas/{replica_id}").json() == {"error": "Invalid replica_id"}


def test_stock_resources_are_listed_usable_and_read_only(fake: FakeTavus, http: httpx.Client) -> None:
    stock = h.ok(http.get(f"/v2/replicas/{FakeTavus.STOCK_REPLICA_ID}", params={"verbose": "true"}))
    assert (stock["status"], stock["replica_type"]) == ("completed", "system")
    assert h.ok(http.get("/v2/personas", params={"persona_type": "system"}))["data"][0]["persona_id"] == (
        FakeTavus.STOCK_PERSONA_ID
    )
    # the stock persona's default replica lets a conversation start without a replica_id
    body = h.ok(http.post("/v2/conversations", json={"persona_id": FakeTavus.STOCK_PERSONA_ID}))
    assert body["status"] == "active"
    assert http.delete(f"/v2/replicas/{FakeTavus.STOCK_REPLICA_ID}").status_code == 400
    assert http.delete(f"/v2/personas/{FakeTavus.STOCK_PERSONA_ID}").status_code == 400


@pytest.mark.parametrize("stock", [False])
def test_without_stock_the_account_starts_empty(stock: bool) -> None:
    with FakeTavus(stock=stock) as fake, client_for(fake) as http:
        assert h.ok(http.get("/v2/replicas")) == {"data": [], "total_count": 0}
        assert h.ok(http.get("/v2/personas")) == {"data": [], "total_count": 0}


def test_video_create_get_list_rename_delete(fake: FakeTavus, http: httpx.Client) -> None:
    replica_id = h.replica(http, fake)
    created = h.ok(http.post("/v2/videos", json={"replica_id": replica_id, "script": "Hi", "video_name": "Intro"}))
    video_id = created["video_id"]
    assert len(video_id) == 10
    assert int(video_id, 16) >= 0
    assert created["status"] == "queued"
    assert created["hosted_url"].endswith(video_id)
    assert created["created_at"].endswith(" GMT")
    got = h.ok(http.get(f"/v2/videos/{video_id}"))
    assert (got["video_name"], got["data"], got["status"]) == ("Intro", {"script": "Hi"}, "queued")
    h.ok(http.patch(f"/v2/videos/{video_id}/name", json={"video_name": "Sales"}))
    assert h.ok(http.get("/v2/videos"))["data"][0]["video_name"] == "Sales"
    h.ok(http.delete(f"/v2/videos/{video_id}"))
    assert h.ok(http.get("/v2/videos"))["total_count"] == 0
    assert http.get(f"/v2/videos/{video_id}").json() == {"error": "Invalid video_id"}


def test_video_default_name_follows_tavus(fake: FakeTavus, http: httpx.Client) -> None:
    replica_id = h.replica(http, fake)
    body = h.ok(http.post("/v2/videos", json={"replica_id": replica_id, "audio_url": "https://example.com/a.mp3"}))
    assert body["video_name"] == f"replica_id: {replica_id} - January 1, 2025 - video: {body['video_id']}"


def test_conversation_create_get_list_end_delete(fake: FakeTavus, http: httpx.Client) -> None:
    replica_id = h.replica(http, fake)
    created = h.ok(
        http.post(
            "/v2/conversations",
            json={"replica_id": replica_id, "conversation_name": "Sales call", "require_auth": True},
        )
    )
    conversation_id = created["conversation_id"]
    assert created["conversation_url"].endswith(conversation_id)
    assert created["meeting_token"]
    got = h.ok(http.get(f"/v2/conversations/{conversation_id}"))
    assert (got["status"], got["replica_id"], got["conversation_name"]) == ("active", replica_id, "Sales call")
    h.ok(http.post(f"/v2/conversations/{conversation_id}/end"))
    h.ok(http.post(f"/v2/conversations/{conversation_id}/end"))  # ending twice is harmless
    assert h.ok(http.get("/v2/conversations", params={"status": "ended"}))["total_count"] == 1
    assert h.ok(http.get("/v2/conversations", params={"status": "active"}))["total_count"] == 0
    assert http.delete(f"/v2/conversations/{conversation_id}").status_code == 204
    assert http.get(f"/v2/conversations/{conversation_id}").json() == {"error": "Invalid conversation_id"}


def test_persona_create_get_list_delete(fake: FakeTavus, http: httpx.Client) -> None:
    replica_id = h.replica(http, fake)
    layers = {"llm": {"model": "tavus-gpt-oss"}, "tts": {"tts_engine": "cartesia"}}
    created = h.ok(
        http.post(
            "/v2/personas",
            json={
                "persona_name": "Coach",
                "system_prompt": "Coach.",
                "default_replica_id": replica_id,
                "layers": layers,
            },
        )
    )
    persona_id = created["persona_id"]
    assert created["persona_name"] == "Coach"
    assert persona_id.startswith("p")
    (got,) = h.ok(http.get(f"/v2/personas/{persona_id}"))["data"]
    assert (got["layers"], got["default_replica_id"], got["persona_type"]) == (layers, replica_id, "user")
    assert h.ok(http.get("/v2/personas", params={"persona_type": "user"}))["total_count"] == 1
    assert http.delete(f"/v2/personas/{persona_id}").status_code == 204
    assert http.get(f"/v2/personas/{persona_id}").json() == {"error": "Invalid persona_id"}


def test_echo_personas_need_no_system_prompt(http: httpx.Client) -> None:
    h.ok(http.post("/v2/personas", json={"pipeline_mode": "echo"}))


def test_document_create_get_list_patch_delete(fake: FakeTavus, http: httpx.Client) -> None:
    created = h.ok(http.post("/v2/documents", json={"document_url": "https://docs.example.com/guide", "tags": ["a"]}))
    document_id = created["document_id"]
    assert created["document_name"] == "guide"
    assert created["status"] == "started"
    assert created["crawl_config"] is None
    assert created["crawl_count"] is None
    patched = h.ok(http.patch(f"/v2/documents/{document_id}", json={"document_name": "Guide", "tags": ["b", "c"]}))
    assert (patched["document_name"], patched["tags"]) == ("Guide", ["b", "c"])
    assert h.ok(http.get(f"/v2/documents/{document_id}"))["tags"] == ["b", "c"]
    listed = h.ok(http.get("/v2/documents"))
    assert (listed["total_count"], listed["page"], listed["limit"]) == (1, 0, 10)
    assert http.delete(f"/v2/documents/{document_id}").status_code == 204
    assert http.get(f"/v2/documents/{document_id}").json() == {"message": "Document not found"}


def test_guardrails_create_get_list_delete(http: httpx.Client) -> None:
    created = h.ok(
        http.post(
            "/v2/guardrails",
            json={"name": "Safety", "data": [{"guardrail_name": "no_medical", "guardrail_prompt": "No advice."}]},
        )
    )
    guardrails_id = created["guardrails_id"]
    assert (created["guardrails_name"], created["status"]) == ("Safety", "active")
    data = h.ok(http.get(f"/v2/guardrails/{guardrails_id}"))["data"]
    assert (data["guardrail_name"], data["modality"], data["guardrails_name"]) == ("no_medical", "verbal", "Safety")
    assert data["data"] == [{"guardrail_name": "no_medical", "guardrail_prompt": "No advice.", "modality": "verbal"}]
    assert h.ok(http.get("/v2/guardrails"))["data"][0]["guardrails_id"] == guardrails_id
    assert http.delete(f"/v2/guardrails/{guardrails_id}").status_code == 204
    assert http.get(f"/v2/guardrails/{guardrails_id}").json() == {"error": "Guardrails not found"}


def test_objectives_create_get_list_delete(http: httpx.Client) -> None:
    created = h.ok(
        http.post("/v2/objectives", json={"data": [{"objective_name": "ask_name", "objective_prompt": "Ask."}]})
    )
    objectives_id = created["objectives_id"]
    assert (created["objective_name"], created["status"]) == ("ask_name", "active")
    data = h.ok(http.get(f"/v2/objectives/{objectives_id}"))["data"]
    assert (data["objective_name"], data["confirmation_mode"], data["modality"]) == ("ask_name", "auto", "verbal")
    assert h.ok(http.get("/v2/objectives"))["total_count"] == 1
    assert http.delete(f"/v2/objectives/{objectives_id}").status_code == 204
    assert http.get(f"/v2/objectives/{objectives_id}").json() == {"error": "Objective not found"}


def test_ids_are_reproducible_per_seed() -> None:
    def first_ids(seed: int) -> list[str]:
        with FakeTavus(seed=seed) as fake, client_for(fake) as http:
            return [h.replica(http, fake, trained=False), h.persona(http), h.document(http)]

    assert first_ids(7) == first_ids(7) != first_ids(8)
    replica_id, persona_id, document_id = first_ids(7)
    assert replica_id[0] == "r"
    assert persona_id[0] == "p"
    assert len(replica_id) == len(persona_id) == 12
    assert document_id[0] == "d"
    assert document_id[2] == "-"
    assert len(document_id) == 15
