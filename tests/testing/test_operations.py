"""Every one of the 54 operations the fake implements, at the HTTP level, with every response checked
against the contract."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tavus.testing import FakeTavus
from tavus.testing._core import HANDLERS
from tavus.testing._spec import load_spec

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
    message = {"message_type": "conversation", "event_type": "conversation.respond", "properties": {"text": "Hi"}}
    http.post(f"/v2/conversations/{conversation_id}/send-app-message", json=message)
    interaction = {"interaction_id": "ci_1", "tool_call_id": "call_1", "component": "canvas.question"}
    canvas = f"/v2/conversations/{conversation_id}/canvas/interactions"
    http.post(canvas, json={**interaction, "component_version": "v1", "type": "submit", "value": {"skipped": False}})
    http.get(canvas)
    http.post(f"/v2/conversations/{conversation_id}/end")
    voice_id = h.ok(http.post("/v2/voices", json={"callback_url": h.HOOK}))["voice_id"]
    http.get(f"/v2/voices/{voice_id}")
    face_id = h.ok(http.post("/v2/faces", json={"train_video_url": h.VIDEO_URL, "face_name": "Rio"}))["face_id"]
    http.get("/v2/faces", params={"verbose": "true"})
    http.get(f"/v2/faces/{face_id}")
    http.patch(f"/v2/faces/{face_id}", json={"face_name": "Ana", "default_voice_id": voice_id})
    http.patch(f"/v2/faces/{face_id}/name", json={"face_name": "Bo"})
    document_id = h.document(http, crawl={"depth": 1, "max_pages": 3})
    http.get("/v2/documents")
    http.get(f"/v2/documents/{document_id}")
    http.patch(f"/v2/documents/{document_id}", json={"document_name": "Guide"})
    fake.advance(fake.settings.document_processing_seconds)
    http.post(f"/v2/documents/{document_id}/recrawl", json={"crawl": {"depth": 2}})
    guardrails_id = h.guardrails(http)  # a legacy set
    http.get("/v2/guardrails")
    http.get(f"/v2/guardrails/{guardrails_id}")
    http.patch(f"/v2/guardrails/{guardrails_id}", json=[{"op": "replace", "path": "/name", "value": "Strict"}])
    guardrail_id = h.guardrail(http, tags=["pricing"])  # one guardrail, on the same paths
    http.get("/v2/guardrails", params={"legacy": "false", "tags": "pricing"})
    http.get(f"/v2/guardrails/{guardrail_id}")
    http.patch(f"/v2/guardrails/{guardrail_id}", json=[{"op": "replace", "path": "/guardrail_prompt", "value": "No."}])
    objectives_id = h.objectives(http)
    http.get("/v2/objectives")
    http.get(f"/v2/objectives/{objectives_id}")
    http.patch(f"/v2/objectives/{objectives_id}", json=[{"op": "add", "path": "/data/0/output_variables", "value": []}])
    http.get("/v2/voices")
    dictionary_id = h.dictionary(http)
    http.get("/v2/pronunciation-dictionaries")
    http.get(f"/v2/pronunciation-dictionaries/{dictionary_id}")
    http.patch(
        f"/v2/pronunciation-dictionaries/{dictionary_id}", json=[{"op": "replace", "path": "/name", "value": "Names"}]
    )
    transcription_id = h.transcription(http)
    http.get("/v2/transcriptions")
    http.get(f"/v2/transcriptions/{transcription_id}")
    lipsync_id = h.lipsync(http)
    http.get("/v2/lipsync")
    http.get(f"/v2/lipsync/{lipsync_id}")
    replacement_id = h.replacement(http, transcription_id=transcription_id)
    http.get("/v2/replacements")
    http.get(f"/v2/replacements/{replacement_id}")
    pal_id = h.pal(http, layers={"conferencing": {"username": "coach"}})  # PALs, tools, skills (the supplement)
    http.get("/v2/pals")
    http.get(f"/v2/pals/{pal_id}")
    http.patch(f"/v2/pals/{pal_id}", json=[{"op": "replace", "path": "/pal_name", "value": "Mentor"}])
    http.post(f"/v2/pals/{pal_id}/publish")
    http.get("/v2/pals/check-username", params={"username": "Coach"})
    tool_id = h.tool(http)
    http.get("/v2/tools", params={"type": "all"})
    http.get(f"/v2/tools/{tool_id}")
    http.patch(f"/v2/tools/{tool_id}", json={"description": "The weather."})
    http.post(f"/v2/pals/{pal_id}/tools", json={"tool_ids": [tool_id]})
    http.get(f"/v2/pals/{pal_id}/tools")
    http.delete(f"/v2/pals/{pal_id}/tools/{tool_id}")
    http.get("/v2/skills")
    http.put(f"/v2/pals/{pal_id}/skills", json={"skills": {"internet_search": {}}})
    http.put(f"/v2/pals/{pal_id}/skills/presentation", json={"config": {"document_ids": [document_id]}})
    http.patch(f"/v2/pals/{pal_id}/skills/presentation", json={"config": {"slides_trigger": "walk_the_deck"}})
    http.get(f"/v2/pals/{pal_id}/skills")
    http.get(f"/v2/pals/{pal_id}/skills/presentation")
    http.delete(f"/v2/pals/{pal_id}/skills/presentation")
    deployment_id = h.deployment(http, persona_id)
    etag = http.get(f"/v2/deployments/{deployment_id}").headers["etag"]
    http.patch(f"/v2/deployments/{deployment_id}", json=[{"op": "add", "path": "/name", "value": "W"}],
               headers={"If-Match": etag})  # fmt: skip
    with client_for(fake, key="") as public:  # the contract's `security: []`: no key needed
        public.event_hooks = {"response": [checker]}
        del public.headers["x-api-key"]
        public.get(f"/v2/deployments/{deployment_id}/init")
        started = h.ok(public.post(f"/v2/deployments/{deployment_id}/start", json={}))["conversation_id"]
        public.post(f"/v2/deployments/{deployment_id}/conversations/{started}/end")
    for path in (
        f"/v2/tools/{tool_id}",
        f"/v2/pals/{pal_id}",
        f"/v2/replacements/{replacement_id}",
        f"/v2/lipsync/{lipsync_id}",
        f"/v2/transcriptions/{transcription_id}",
        f"/v2/pronunciation-dictionaries/{dictionary_id}",
        f"/v2/objectives/{objectives_id}",
        f"/v2/guardrails/{guardrails_id}",
        f"/v2/guardrails/{guardrail_id}",
        f"/v2/documents/{document_id}",
        f"/v2/conversations/{conversation_id}",
        f"/v2/personas/{persona_id}",
        f"/v2/videos/{video_id}",
        f"/v2/replicas/{replica_id}",
        f"/v2/faces/{face_id}",
    ):
        http.delete(path)
    served = {operation_id for operation_id, status in checker.seen if status < 300}
    assert served == set(HANDLERS)  # every operation the fake implements; those it lacks fail below
    assert len(served) == 65 + 22 + 6  # + PALs 7, PAL tools 3, PAL skills 6, tools 5, skills 1; deployments 6
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


def test_individual_guardrails_beside_the_legacy_sets(http: httpx.Client) -> None:
    """The supplement's guardrail API on the same paths: the body's shape and the id tell them apart."""
    guardrails_id = h.guardrails(http)
    created = h.ok(
        http.post("/v2/guardrails", json={"guardrail_name": "no_prices", "guardrail_prompt": "No.", "tags": ["sales"]})
    )
    uuid = created["uuid"]
    assert (len(uuid), len(guardrails_id)) == (13, 12)  # never the same kind of id
    assert (created["modality"], created["app_message"], created["tags"]) == ("verbal", True, ["sales"])
    other = h.guardrail(http, guardrail_name="no_rivals", modality="visual")
    assert h.ok(http.get(f"/v2/guardrails/{uuid}")) == created
    assert "data" in h.ok(http.get(f"/v2/guardrails/{guardrails_id}"))  # a set's id: the legacy shape
    listed = h.ok(http.get("/v2/guardrails", params={"legacy": "false", "limit": 1}))
    assert ([g["uuid"] for g in listed["data"]], listed["total_count"], listed["page"]) == ([uuid], 2, 0)
    second = h.ok(http.get("/v2/guardrails", params={"legacy": "false", "limit": 1, "page": 1}))
    assert [g["uuid"] for g in second["data"]] == [other]
    by_tag = h.ok(http.get("/v2/guardrails", params={"legacy": "false", "tags": "sales,legal"}))
    assert [g["uuid"] for g in by_tag["data"]] == [uuid]
    by_name = h.ok(http.get("/v2/guardrails", params={"legacy": "false", "name_or_uuid": "RIVALS"}))
    assert [g["uuid"] for g in by_name["data"]] == [other]
    newest = h.ok(http.get("/v2/guardrails", params={"legacy": "false", "sort": "descending"}))
    assert [g["uuid"] for g in newest["data"]] == [other, uuid]
    assert [s["guardrails_id"] for s in h.ok(http.get("/v2/guardrails"))["data"]] == [guardrails_id]  # the default
    patched = h.ok(http.patch(f"/v2/guardrails/{uuid}", json=[{"op": "add", "path": "/tags/-", "value": "legal"}]))
    assert patched["tags"] == ["sales", "legal"]
    assert (
        http.patch(
            f"/v2/guardrails/{uuid}", json=[{"op": "replace", "path": "/tags", "value": ["sales", "legal"]}]
        ).status_code
        == 304
    )
    bad = http.patch(f"/v2/guardrails/{uuid}", json=[{"op": "replace", "path": "/guardrail_name", "value": "a b"}])
    assert bad.json() == {"error": "guardrail_name: may hold only letters, digits and underscores"}
    wrong = http.post("/v2/guardrails", json={"guardrail_name": "x", "guardrail_prompt": "p", "tags": "sales"})
    assert wrong.status_code == 400
    assert wrong.json() == {"message": "tags: must be of type array"}  # createGuardrails documents `message`
    assert http.delete(f"/v2/guardrails/{uuid}").status_code == 204
    assert http.get(f"/v2/guardrails/{uuid}").json() == {"error": "Guardrails not found"}
    assert http.get(f"/v2/guardrails/{guardrails_id}").status_code == 200  # the set is untouched


def test_conversations_take_face_id_and_pal_id(fake: FakeTavus, http: httpx.Client) -> None:
    """The supplement's names; a face is one of the fake's replicas, a PAL one of its personas."""
    persona_id = h.persona(http, default_replica_id=FakeTavus.STOCK_REPLICA_ID)
    by_pal = h.ok(http.post("/v2/conversations", json={"pal_id": persona_id, "test_mode": True}))
    by_face = h.ok(http.post("/v2/conversations", json={"face_id": FakeTavus.STOCK_REPLICA_ID, "test_mode": True}))
    for created in (by_pal, by_face):
        assert (
            h.ok(http.get(f"/v2/conversations/{created['conversation_id']}"))["replica_id"]
            == FakeTavus.STOCK_REPLICA_ID
        )
    missing = http.post("/v2/conversations", json={"face_id": "rnope"})
    assert missing.json() == {"error": "replica_id: Invalid replica_id 'rnope'"}


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


def test_every_operation_has_a_handler() -> None:
    """Fails, naming them, while the contract has operations the fake does not implement (the
    supplement's new ones, until they are wrapped and faked); the fake answers those with a 501."""
    assert set(load_spec().operations) == all_operation_ids()
    assert set(HANDLERS) <= all_operation_ids(), "handlers for operations the contract does not have"
    missing = sorted(all_operation_ids() - set(HANDLERS))
    assert not missing, (
        f"{len(missing)} operation(s) of the contract without a handler in the fake: {', '.join(missing)}"
    )


def test_replicas_carry_and_filter_by_their_model(fake: FakeTavus, http: httpx.Client) -> None:
    older = h.replica(http, fake, trained=False, model_name="phoenix-3")
    newer = h.replica(http, fake, trained=False)
    assert h.ok(http.get(f"/v2/replicas/{older}"))["model_name"] == "phoenix-3"
    assert h.ok(http.get(f"/v2/replicas/{newer}"))["model_name"] == "phoenix-4"  # "Defaults to `phoenix-4`"
    listed = h.ok(http.get("/v2/replicas", params={"model_name": "phoenix-3"}))
    assert ([r["replica_id"] for r in listed["data"]], listed["total_count"]) == ([older], 1)
    assert h.ok(http.get("/v2/replicas", params={"model_name": "phoenix-4"}))["total_count"] == 2  # and the stock one
    assert h.ok(http.get("/v2/replicas", params={"model_name": "phoenix-9"})) == {"data": [], "total_count": 0}


def test_get_conversation_verbose_adds_the_events(fake: FakeTavus, http: httpx.Client) -> None:
    conversation_id = h.conversation(http, FakeTavus.STOCK_REPLICA_ID, custom_greeting="Welcome!")
    plain = h.ok(http.get(f"/v2/conversations/{conversation_id}"))
    assert "events" not in plain
    assert h.ok(http.get(f"/v2/conversations/{conversation_id}", params={"verbose": "true"}))["events"] == []
    fake.advance(fake.settings.conversation_join_seconds)
    h.ok(http.post(f"/v2/conversations/{conversation_id}/end"))
    fake.advance(fake.settings.transcript_delay_seconds)
    ended = h.ok(http.get(f"/v2/conversations/{conversation_id}"))
    assert ("events" not in ended, "shutdown_reason" not in ended) == (True, True)
    verbose = h.ok(http.get(f"/v2/conversations/{conversation_id}", params={"verbose": "true"}))
    assert verbose["shutdown_reason"] == "end_conversation_endpoint_hit"
    events = verbose["events"]
    assert [e["event_type"] for e in events] == [
        "system.replica_joined",
        "system.shutdown",
        "application.transcription_ready",
    ]
    assert events[0] == {"event_type": "system.replica_joined", "timestamp": "2025-01-01T00:00:05.000Z"}
    assert events[1]["properties"] == {"reason": "end_conversation_endpoint_hit"}
    greeting = events[2]["properties"]["transcript"][-1]
    assert (greeting["role"], greeting["content"], greeting["seconds_from_start"]) == ("assistant", "Welcome!", 5.0)
    assert greeting["timestamp"] == 1_735_689_605.0  # epoch seconds, 5 s after creation
    assert greeting["duration"] > 0
    assert "events" not in h.ok(http.get("/v2/conversations"))["data"][0]


def test_voices_are_stock_and_read_only(http: httpx.Client) -> None:
    voices = h.ok(http.get("/v2/voices"))
    assert (voices["page"], voices["limit"], voices["total_count"]) == (1, 10, len(voices["data"]))
    assert len(voices["data"]) >= 5
    names = [v["voice_name"] for v in voices["data"]]
    assert names == sorted(names)
    anna = voices["data"][0]
    assert (anna["voice_name"], anna["replica_id"]) == ("anna", FakeTavus.STOCK_REPLICA_ID)
    assert anna["audio_url"].startswith("https://")
    assert {"tag_name": "female"} in anna["tags"]
    assert all(v.get("voice_id") is None for v in voices["data"])  # the cloned ones carry their voice_id


def test_pronunciation_dictionary_create_get_list_update_delete(fake: FakeTavus, http: httpx.Client) -> None:
    rules: list[dict[str, Any]] = [
        h.RULE,
        {"text": "CVI", "pronunciation": "ˈsiː viː aɪ", "type": "ipa", "case_sensitive": True},
    ]
    created = h.ok(http.post("/v2/pronunciation-dictionaries", json={"name": "Brand", "rules": rules}), 201)
    dictionary_id = created["pronunciation_dictionary_id"]
    assert dictionary_id.startswith("pd_")
    assert len(dictionary_id) == 17
    assert (created["name"], created["rules_count"]) == ("Brand", 2)
    assert created["rules"] == [
        {**h.RULE, "case_sensitive": False, "word_boundaries": True},  # the documented defaults
        {**rules[1], "word_boundaries": True},
    ]
    assert h.ok(http.get(f"/v2/pronunciation-dictionaries/{dictionary_id}")) == created
    (item,) = h.ok(http.get("/v2/pronunciation-dictionaries"))["data"]
    assert "rules" not in item  # "List responses omit the full `rules` array"
    assert (item["pronunciation_dictionary_id"], item["rules_count"]) == (dictionary_id, 2)
    fake.advance(30)
    patch = [{"op": "replace", "path": "/rules", "value": [h.RULE]}, {"op": "replace", "path": "/name", "value": "B"}]
    updated = h.ok(http.patch(f"/v2/pronunciation-dictionaries/{dictionary_id}", json=patch))
    assert (updated["name"], updated["rules_count"], updated["updated_at"]) == ("B", 1, "2025-01-01T00:00:30.000Z")
    assert updated["created_at"] == created["created_at"]
    assert http.delete(f"/v2/pronunciation-dictionaries/{dictionary_id}").status_code == 204
    assert http.get(f"/v2/pronunciation-dictionaries/{dictionary_id}").json() == {
        "message": "Pronunciation dictionary not found"
    }
    assert h.ok(http.get("/v2/pronunciation-dictionaries"))["total_count"] == 0


def test_a_dictionary_can_be_created_without_rules(http: httpx.Client) -> None:
    created = h.ok(http.post("/v2/pronunciation-dictionaries", json={"name": "Later"}), 201)
    assert (created["rules"], created["rules_count"]) == ([], 0)


def test_deleting_a_dictionary_detaches_it_from_personas(fake: FakeTavus, http: httpx.Client) -> None:
    dictionary_id = h.dictionary(http)
    persona_id = h.persona(
        http, layers={"tts": {"tts_engine": "cartesia", "pronunciation_dictionary_id": dictionary_id}}
    )
    (persona,) = h.ok(http.get(f"/v2/personas/{persona_id}"))["data"]
    assert persona["layers"]["tts"]["pronunciation_dictionary_id"] == dictionary_id
    http.delete(f"/v2/pronunciation-dictionaries/{dictionary_id}")
    (persona,) = h.ok(http.get(f"/v2/personas/{persona_id}"))["data"]
    assert persona["layers"]["tts"] == {"tts_engine": "cartesia"}


def test_transcription_create_get_list_delete(http: httpx.Client) -> None:
    created = h.ok(http.post("/v2/transcriptions", json={"file_url": h.FILE_URL, "callback_url": h.HOOK}))
    transcription_id = created["transcription_id"]
    assert (created["status"], created["callback_url"]) == ("started", h.HOOK)
    assert (transcription_id[0], len(transcription_id)) == ("t", 13)
    got = h.ok(http.get(f"/v2/transcriptions/{transcription_id}"))
    assert got == {
        "transcription_id": transcription_id,
        "file_url": h.FILE_URL,
        "status": "started",
        "created_at": "2025-01-01T00:00:00.000Z",
    }
    assert h.ok(http.get("/v2/transcriptions")) == {"data": [got], "total_count": 1}
    assert http.delete(f"/v2/transcriptions/{transcription_id}").status_code == 204
    assert http.get(f"/v2/transcriptions/{transcription_id}").json() == {"error": "Invalid transcription_id"}
    assert h.ok(http.get("/v2/transcriptions"))["total_count"] == 0


def test_lipsync_create_get_list_delete(http: httpx.Client) -> None:
    body = {"original_video_url": h.FILE_URL, "source_audio_url": "https://example.com/a.mp3", "callback_url": h.HOOK}
    created = h.ok(http.post("/v2/lipsync", json={**body, "lipsync_name": "Dubbed"}))
    lipsync_id = created["lipsync_id"]
    assert created == {
        "lipsync_id": lipsync_id,
        "lipsync_name": "Dubbed",
        "status": "started",
        "callback_url": h.HOOK,
        "request_id": lipsync_id,  # the legacy twins the contract still lists
        "request_name": "Dubbed",
    }
    unnamed = h.ok(http.post("/v2/lipsync", json=body))
    assert unnamed["lipsync_name"] is None  # nullable in the create response
    got = h.ok(http.get(f"/v2/lipsync/{lipsync_id}"))
    assert (got["lipsync_name"], got["status"], got["request_id"]) == ("Dubbed", "started", lipsync_id)
    listed = h.ok(http.get("/v2/lipsync"))
    assert [item["lipsync_id"] for item in listed["data"]] == [unnamed["lipsync_id"], lipsync_id]
    assert http.delete(f"/v2/lipsync/{lipsync_id}").status_code == 204
    assert http.get(f"/v2/lipsync/{lipsync_id}").json() == {"error": "Invalid lipsync_id"}


def test_replacement_create_get_list_delete(http: httpx.Client) -> None:
    transcription_id = h.transcription(http)
    created = h.ok(
        http.post(
            "/v2/replacements",
            json={
                "original_video_url": h.FILE_URL,
                "new_transcript": "Hello Jane!",
                "transcription_id": transcription_id,
                "replacement_name": "For Jane",
            },
        )
    )
    replacement_id = created["replacement_id"]
    assert (created["status"], created["created_at"]) == ("started", "2025-01-01T00:00:00.000Z")
    got = h.ok(http.get(f"/v2/replacements/{replacement_id}"))
    assert (got["replacement_name"], got["status"]) == ("For Jane", "started")
    assert h.ok(http.get("/v2/replacements")) == {"data": [got], "total_count": 1}
    assert http.delete(f"/v2/replacements/{replacement_id}").status_code == 204
    assert http.get(f"/v2/replacements/{replacement_id}").json() == {"error": "Invalid replacement_id"}
    response = http.post(
        "/v2/replacements", json={"original_video_url": h.FILE_URL, "new_transcript": "x", "transcription_id": "tnope"}
    )
    assert response.json() == {"error": "transcription_id: Invalid transcription_id 'tnope'"}


def test_a_pal_is_a_persona(http: httpx.Client) -> None:
    """One record, two views: the PAL pages' names on /v2/pals, the persona's on /v2/personas."""
    pal_id = h.pal(
        http,
        context="You have coached for years.",
        layers={"conversational_flow": {"pal_interruptibility": "low"}, "conferencing": {"username": "Anna"}},
    )
    pal = h.ok(http.get(f"/v2/pals/{pal_id}"))["data"][0]
    assert (pal["pal_id"], pal["pal_name"], pal["default_face_id"]) == (pal_id, "Coach", FakeTavus.STOCK_REPLICA_ID)
    assert (pal["context"], pal["conferencing_email"]) == ("You have coached for years.", "anna@tavusinvite.com")
    persona = h.ok(http.get(f"/v2/personas/{pal_id}"))["data"][0]
    assert (persona["persona_name"], persona["default_replica_id"]) == ("Coach", FakeTavus.STOCK_REPLICA_ID)
    assert persona["layers"]["conversational_flow"] == {"replica_interruptibility": "low"}
    persona_id = h.persona(http, default_replica_id=FakeTavus.STOCK_REPLICA_ID)
    assert h.ok(http.get(f"/v2/pals/{persona_id}"))["data"][0]["pal_name"] == "Coach"
    listed = h.ok(http.get("/v2/pals", params={"pal_type": "user"}))
    assert ([p["pal_id"] for p in listed["data"]], listed["total_count"]) == ([persona_id, pal_id], 2)
    system = h.ok(http.get("/v2/pals", params={"pal_type": "system"}))["data"]
    assert [p["pal_id"] for p in system] == [FakeTavus.STOCK_PERSONA_ID]
    patch = [{"op": "replace", "path": "/pal_name", "value": "Mentor"}]
    assert http.patch(f"/v2/pals/{pal_id}", json=patch).status_code == 200
    assert h.ok(http.get(f"/v2/personas/{pal_id}"))["data"][0]["persona_name"] == "Mentor"
    assert http.patch(f"/v2/pals/{pal_id}", json=patch).status_code == 304
    assert http.delete(f"/v2/personas/{pal_id}").status_code == 204
    assert http.get(f"/v2/pals/{pal_id}").json() == {"error": "Invalid pal_id"}


def test_pal_create_and_patch_rules(http: httpx.Client) -> None:
    face = FakeTavus.STOCK_REPLICA_ID
    assert http.post("/v2/pals", json={"system_prompt": "s"}).json() == {"error": "default_face_id: is required"}
    response = http.post("/v2/pals", json={"default_face_id": face})
    assert response.json() == {"error": "system_prompt: is required unless pipeline_mode is 'echo'"}
    assert http.post("/v2/pals", json={"default_face_id": face, "pipeline_mode": "echo"}).status_code == 200
    response = http.post("/v2/pals", json={"system_prompt": "s", "default_face_id": "rnope"})
    assert response.json() == {"error": "default_face_id: Invalid face_id 'rnope'"}
    response = http.post("/v2/pals", json={"system_prompt": "s", "default_face_id": face, "guardrail_ids": ["gnope"]})
    assert response.json() == {"error": "guardrail_ids: Invalid guardrail id 'gnope'"}
    pal_id = h.pal(http, layers={"conferencing": {"username": "anna"}})
    response = http.post("/v2/pals", json={"system_prompt": "s", "default_face_id": face,
                                           "layers": {"conferencing": {"username": "ANNA"}}})  # fmt: skip
    assert response.json() == {"error": "layers.conferencing.username: Username is already taken."}
    remove_face = [{"op": "remove", "path": "/default_face_id"}]
    assert http.patch(f"/v2/pals/{pal_id}", json=remove_face).json() == {"error": "default_face_id: is required"}
    read_only = [{"op": "replace", "path": "/pal_id", "value": "pother"}]
    assert http.patch(f"/v2/pals/{pal_id}", json=read_only).status_code == 304  # read-only fields are ignored
    stock = http.patch(f"/v2/pals/{FakeTavus.STOCK_PERSONA_ID}", json=[{"op": "remove", "path": "/pal_name"}])
    assert stock.json() == {"error": "pal_id: stock PALs cannot be modified"}


def test_pal_publish_and_username_check(http: httpx.Client) -> None:
    assert h.ok(http.get("/v2/pals/check-username", params={"username": "anna"})) == {"available": True}
    pal_id = h.pal(http, layers={"conferencing": {"username": "anna"}})
    assert h.ok(http.get("/v2/pals/check-username", params={"username": "Anna"})) == {
        "available": False,
        "reason": "Username is already taken.",
    }
    published = h.ok(http.post(f"/v2/pals/{pal_id}/publish"))
    assert published == {"status": "success", **h.ok(http.get(f"/v2/pals/{pal_id}"))["data"][0]}
    assert http.post("/v2/pals/pnope/publish").json() == {"error": "Invalid pal_id"}


def test_tools_create_list_get_update_delete(http: httpx.Client) -> None:
    auth = {"type": "bearer", "token": "s3cret"}
    created = h.ok(http.post("/v2/tools", json={
        "name": "get_weather", "description": "Weather.", "delivery": {"api": {"url": "https://e.com/w", "auth": auth}},
    }))  # fmt: skip
    tool_id = created["tool_id"]
    assert (tool_id[0], len(tool_id), created["is_system_tool"]) == ("t", 13, False)
    assert (created["trigger_type"], created["origin"], created["on_call"], created["parameters"]) == (
        "in_call", "llm", "generate_filler", {},
    )  # fmt: skip
    assert created["delivery"]["api"]["auth"] == {"type": "bearer", "token": "********"}
    assert h.ok(http.get(f"/v2/tools/{tool_id}")) == created
    assert [t["tool_id"] for t in h.ok(http.get("/v2/tools"))["data"]] == [tool_id]
    assert [t["tool_id"] for t in h.ok(http.get("/v2/tools", params={"type": "all"}))["data"]] == ["end_call", tool_id]
    assert [t["tool_id"] for t in h.ok(http.get("/v2/tools", params={"type": "system"}))["data"]] == ["end_call"]
    other = h.tool(http, name="book_table", trigger_type="post_call", delivery={"api": {"url": "https://e.com/b"}})
    assert "origin" not in h.ok(http.get(f"/v2/tools/{other}"))  # post-call actions take no origin
    assert [t["tool_id"] for t in h.ok(http.get("/v2/tools", params={"sort": "desc"}))["data"]] == [other, tool_id]
    assert [t["tool_id"] for t in h.ok(http.get("/v2/tools", params={"name_or_uuid": "WEATHER"}))["data"]] == [tool_id]
    duplicate = http.post("/v2/tools", json={"name": "get_weather", "description": "again"})
    assert duplicate.json() == {"error": "name: a tool named 'get_weather' already exists"}
    masked = {"delivery": {"api": {"url": "https://e.com/w", "auth": {"type": "bearer", "token": "********"}}}}
    assert http.patch(f"/v2/tools/{tool_id}", json=masked).json() == {
        "error": "delivery.api.auth.token: is the ******** placeholder: omit it to keep the secret"
    }
    updated = h.ok(http.patch(f"/v2/tools/{tool_id}", json={"description": "Today's weather.", "delivery": None}))
    assert (updated["description"], updated["delivery"], updated["name"]) == (
        "Today's weather.", {"app_message": True}, "get_weather",
    )  # fmt: skip
    reserved = http.patch(f"/v2/tools/{tool_id}", json={"parameters": {"properties": {"tavus_x": {}}}})
    assert reserved.json() == {"error": "parameters.properties.tavus_x: names starting with tavus_ are reserved"}
    filler = http.post("/v2/tools", json={"name": "slow", "description": "d", "on_call": "static_filler"})
    assert filler.json() == {"error": "static_filler: is required when on_call is 'static_filler'"}
    assert http.patch("/v2/tools/end_call", json={"description": "x"}).json() == {
        "error": "Bad Request. Cannot update system tools"
    }
    assert http.delete("/v2/tools/end_call").json() == {"error": "Bad Request. Cannot delete system tools"}
    assert http.delete(f"/v2/tools/{tool_id}").status_code == 204
    assert http.get(f"/v2/tools/{tool_id}").json() == {"error": "Bad Request. Tool not found"}
    assert h.tool(http) != tool_id  # the name is free again


def test_tools_attached_to_a_pal(http: httpx.Client) -> None:
    pal_id, tool_id, other = h.pal(http), h.tool(http), h.tool(http, name="book_table")
    attached = h.ok(http.post(f"/v2/pals/{pal_id}/tools", json={"tool_ids": [tool_id, tool_id]}))
    assert [t["tool_id"] for t in attached["data"]] == [tool_id]
    attached = h.ok(http.post(f"/v2/pals/{pal_id}/tools", json={"tool_ids": [other]}))
    assert [t["tool_id"] for t in attached["data"]] == [tool_id, other]  # every tool now on the PAL
    assert h.ok(http.get(f"/v2/pals/{pal_id}/tools")) == attached
    system = http.post(f"/v2/pals/{pal_id}/tools", json={"tool_ids": ["end_call"]})
    assert system.json() == {"error": "tool_ids: 'end_call' is a system tool: every conversation has it"}
    assert http.post(f"/v2/pals/{pal_id}/tools", json={"tool_ids": ["tnope"]}).status_code == 400
    assert http.delete(f"/v2/pals/{pal_id}/tools/{tool_id}").status_code == 204
    assert http.delete(f"/v2/pals/{pal_id}/tools/{tool_id}").json() == {
        "error": "Bad Request. Tool not attached to this PAL"
    }
    assert http.delete(f"/v2/tools/{other}").status_code == 204  # "detaches it from every PAL"
    assert h.ok(http.get(f"/v2/pals/{pal_id}/tools")) == {"data": []}
    assert http.delete(f"/v2/pals/pnope/tools/{tool_id}").json() == {"error": "Bad Request. PAL not found"}


def test_skills_registry_and_pal_skills(http: httpx.Client) -> None:
    registry = h.ok(http.get("/v2/skills"))["data"]
    assert [s["skill_id"] for s in registry] == ["internet_search", "presentation", "magic_canvas"]
    pal_id = h.pal(http)
    assert h.ok(http.get(f"/v2/pals/{pal_id}/skills")) == {"data": {}}
    searched = h.ok(http.put(f"/v2/pals/{pal_id}/skills/internet_search"))  # an empty body
    assert (searched["skill_id"], searched["config"]) == ("internet_search", {})
    missing = http.put(f"/v2/pals/{pal_id}/skills/presentation", json={"config": {}})
    assert missing.status_code == 400
    assert missing.json()["error"].startswith("Bad Request: {")
    unknown = http.put(f"/v2/pals/{pal_id}/skills/my_skill", json={})
    assert (unknown.status_code, unknown.json()) == (404, {"error": "Unknown skill 'my_skill'"})
    config = {"document_ids": ["d1"], "slides_trigger": "on_demand", "prompt": "Walk through it."}
    h.ok(http.put(f"/v2/pals/{pal_id}/skills/presentation", json={"config": config}))
    merged = h.ok(http.patch(f"/v2/pals/{pal_id}/skills/presentation",
                             json={"config": {"slides_trigger": "walk_the_deck", "prompt": None}}))  # fmt: skip
    assert merged["config"] == {"document_ids": ["d1"], "slides_trigger": "walk_the_deck"}
    assert h.ok(http.get(f"/v2/pals/{pal_id}/skills/presentation")) == merged
    assert sorted(h.ok(http.get(f"/v2/pals/{pal_id}/skills"))["data"]) == ["internet_search", "presentation"]
    not_attached = http.patch(f"/v2/pals/{pal_id}/skills/magic_canvas", json={"config": {}})
    assert not_attached.json() == {"error": "Skill 'magic_canvas' is not attached to this PAL"}  # PATCH cannot create
    replaced = h.ok(http.put(f"/v2/pals/{pal_id}/skills", json={"skills": {"presentation": {"config": config},
                                                                            "magic_canvas": {}}}))  # fmt: skip
    assert sorted(replaced["data"]) == ["magic_canvas", "presentation"]  # internet_search left out: detached
    assert replaced["data"]["presentation"]["attached_at"] == merged["attached_at"]  # kept, not re-attached
    assert http.delete(f"/v2/pals/{pal_id}/skills/presentation").status_code == 204
    assert http.get(f"/v2/pals/{pal_id}/skills/presentation").status_code == 400
    assert http.get("/v2/pals/pnope/skills").json() == {"error": "PAL not found"}
