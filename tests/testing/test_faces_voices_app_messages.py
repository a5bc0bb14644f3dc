"""The supplement's faces, cloned voices, app messages and canvas interactions, served by the fake."""

from __future__ import annotations

from typing import Any

import httpx

from tavus.testing import FakeTavus

from . import _helpers as h
from .conftest import client_for

INTERACTION: dict[str, Any] = {
    "interaction_id": "ci_call_1_submit_1",
    "tool_call_id": "call_1",
    "component": "canvas.question",
    "component_version": "v1",
    "type": "submit",
    "value": {"selected_option_ids": ["opt_2"]},
}


def face(http: httpx.Client, **body: Any) -> str:
    face_id: str = h.ok(http.post("/v2/faces", json={"train_video_url": h.VIDEO_URL, **body}))["face_id"]
    return face_id


def test_a_face_is_a_replica_on_both_paths_and_trains_on_the_fake_clock(fake: FakeTavus, http: httpx.Client) -> None:
    face_id = face(http, face_name="Rio", callback_url=h.HOOK)
    assert face_id.startswith("r")
    assert len(face_id) == 12
    got = h.ok(http.get(f"/v2/faces/{face_id}"))
    assert (got["face_id"], got["face_name"], got["status"], got["training_progress"]) == (
        face_id, "Rio", "started", "0/100",
    )  # fmt: skip
    assert "replica_id" not in got
    assert "face_type" not in got
    assert h.ok(http.get(f"/v2/replicas/{face_id}"))["replica_name"] == "Rio"
    fake.advance(fake.settings.replica_training_seconds / 2)
    assert h.ok(http.get(f"/v2/faces/{face_id}"))["training_progress"] == "50/100"
    fake.advance(fake.settings.replica_training_seconds / 2)
    assert h.ok(http.get(f"/v2/faces/{face_id}"))["status"] == "completed"
    assert fake.callbacks[-1] == (h.HOOK, {"replica_id": face_id, "status": "ready"})
    # a replica is a face too
    replica_id = h.replica(http, fake, replica_name="Ana")
    verbose = h.ok(http.get(f"/v2/faces/{replica_id}", params={"verbose": "true"}))
    assert (verbose["face_name"], verbose["face_type"]) == ("Ana", "user")


def test_faces_list_filters_and_pages(fake: FakeTavus, http: httpx.Client) -> None:
    first, second = face(http), face(http, model_name="phoenix-3")
    listed = h.ok(http.get("/v2/faces", params={"face_type": "user"}))
    assert [f["face_id"] for f in listed["data"]] == [second, first]
    assert listed["total_count"] == 2
    assert [f["face_id"] for f in h.ok(http.get("/v2/faces", params={"face_ids": f"{first},x"}))["data"]] == [first]
    assert [f["face_id"] for f in h.ok(http.get("/v2/faces", params={"model_name": "phoenix-3"}))["data"]] == [second]
    system = h.ok(http.get("/v2/faces", params={"face_type": "system"}))["data"]
    assert [f["face_id"] for f in system] == [FakeTavus.STOCK_REPLICA_ID]


def test_face_rename_update_delete(fake: FakeTavus, http: httpx.Client) -> None:
    face_id = face(http)
    assert h.ok(http.patch(f"/v2/faces/{face_id}/name", json={"face_name": "Bo"})) is None
    assert h.ok(http.get(f"/v2/replicas/{face_id}"))["replica_name"] == "Bo"
    voice_id = h.ok(http.post("/v2/voices", json={}))["voice_id"]
    updated = h.ok(http.patch(f"/v2/faces/{face_id}", json={"face_name": "Ana", "default_voice_id": voice_id}))
    assert updated == {"face_id": face_id, "face_name": "Ana", "default_voice_id": voice_id, "original_voice_id": None}
    unknown = http.patch(f"/v2/faces/{face_id}", json={"default_voice_id": "vnope"})
    assert (unknown.status_code, unknown.json()) == (
        400,
        {"error": "default_voice_id: Invalid default_voice_id 'vnope'"},
    )
    blank = http.patch(f"/v2/faces/{face_id}", json={"face_name": "  "})
    assert (blank.status_code, blank.json()) == (400, {"error": "face_name: must not be blank"})
    assert http.delete(f"/v2/faces/{face_id}").status_code == 200
    assert http.get(f"/v2/faces/{face_id}").json() == {"error": "Invalid face_id"}
    assert http.get(f"/v2/replicas/{face_id}").json() == {"error": "Invalid replica_id"}


def test_a_face_made_with_a_voice_keeps_it_as_its_original(http: httpx.Client) -> None:
    voice_id = h.ok(http.post("/v2/voices", json={}))["voice_id"]
    image = "https://example.com/me.png"
    face_id = h.ok(http.post("/v2/faces", json={"train_image_url": image, "default_voice_id": voice_id}))["face_id"]
    got = h.ok(http.get(f"/v2/faces/{face_id}"))
    assert (got["default_voice_id"], got["original_voice_id"]) == (voice_id, voice_id)


def test_create_face_follows_create_replica_s_rules(http: httpx.Client) -> None:
    image = "https://example.com/me.png"
    for body, error in (
        (
            {},
            "train_video_url/train_image_url: exactly one of train_video_url or train_image_url is required, "
            "got neither",
        ),
        ({"train_image_url": image}, "voice_name/default_voice_id: is required with train_image_url"),
        (
            {"train_image_url": image, "voice_name": "anna", "default_voice_id": "v1"},
            "voice_name/default_voice_id: give one voice with train_image_url, not both",
        ),
        ({"train_video_url": "file:///me.mp4"}, None),
    ):
        response = http.post("/v2/faces", json=body)
        assert response.status_code == 400, body
        if error is not None:
            assert response.json() == {"error": error}


def test_stock_faces_cannot_be_modified(http: httpx.Client) -> None:
    stock = FakeTavus.STOCK_REPLICA_ID
    for response in (
        http.patch(f"/v2/faces/{stock}/name", json={"face_name": "x"}),
        http.patch(f"/v2/faces/{stock}", json={"face_name": "x"}),
        http.delete(f"/v2/faces/{stock}"),
    ):
        assert (response.status_code, response.json()) == (400, {"error": "face_id: stock faces cannot be modified"})


def test_a_cloned_voice_completes_on_the_fake_clock_and_is_then_listed(fake: FakeTavus, http: httpx.Client) -> None:
    created = h.ok(http.post("/v2/voices", json={"callback_url": h.HOOK, "voice_name": "Ana"}))
    voice_id = created["voice_id"]
    assert created["status"] == "started"
    assert voice_id.startswith("v")
    assert len(voice_id) == 13
    assert h.ok(http.get(f"/v2/voices/{voice_id}")) == {"voice_id": voice_id, "voice_name": "Ana", "status": "started"}
    assert "Ana" not in [v["voice_name"] for v in h.ok(http.get("/v2/voices", params={"limit": 100}))["data"]]
    fake.advance(fake.settings.voice_cloning_seconds)
    assert h.ok(http.get(f"/v2/voices/{voice_id}"))["status"] == "completed"
    listed = h.ok(http.get("/v2/voices", params={"search": "ana", "limit": 100}))["data"]
    assert {"voice_name": "Ana", "voice_id": voice_id, "tags": []} in listed
    event = {"event_type": "application.voice_status_changed", "voice_id": voice_id, "voice_name": "Ana"}
    assert fake.callbacks[-1] == (h.HOOK, {**event, "status": "completed"})


def test_a_voice_cloning_fails_on_the_marker(fake: FakeTavus, http: httpx.Client) -> None:
    audio = f"https://example.com/{FakeTavus.FAIL_MARKER}.mp3"
    voice_id = h.ok(http.post("/v2/voices", json={"callback_url": h.HOOK, "audio_url": audio}))["voice_id"]
    fake.advance(fake.settings.voice_cloning_seconds)
    assert h.ok(http.get(f"/v2/voices/{voice_id}"))["status"] == "error"
    assert fake.callbacks[-1][1]["error_message"] == "audio_url could not be processed."
    missing = http.get("/v2/voices/vnope")
    assert missing.status_code == 404


def test_app_messages_are_recorded_for_the_test_to_read(fake: FakeTavus, http: httpx.Client) -> None:
    replica_id = h.replica(http, fake)
    conversation_id = h.conversation(http, replica_id)
    path = f"/v2/conversations/{conversation_id}/send-app-message"
    first = {"message_type": "conversation", "event_type": "conversation.respond", "properties": {"text": "Hi"}}
    second = {"message_type": "conversation", "event_type": "app.custom"}
    assert h.ok(http.post(path, json=first)) is None
    assert h.ok(http.post(path, json=second)) is None
    assert fake.app_messages(conversation_id) == [first, second]
    fake.app_messages(conversation_id).clear()  # a copy
    assert len(fake.app_messages(conversation_id)) == 2
    assert fake.app_messages("cnope") == []
    http.post(f"/v2/conversations/{conversation_id}/end")
    ended = http.post(path, json=first)
    assert (ended.status_code, ended.json()) == (
        400, {"error": "conversation_id: app messages can only be sent to active conversations"},
    )  # fmt: skip
    assert http.post("/v2/conversations/cnope/send-app-message", json=first).json() == {
        "error": "Invalid conversation_id"
    }


def test_canvas_interactions_need_no_key_and_are_idempotent(fake: FakeTavus, http: httpx.Client) -> None:
    replica_id = h.replica(http, fake)
    conversation_id = h.conversation(http, replica_id, callback_url=h.HOOK)
    path = f"/v2/conversations/{conversation_id}/canvas/interactions"
    with client_for(fake, key="") as browser:  # no API key, as a browser posts it
        del browser.headers["x-api-key"]
        assert h.ok(browser.post(path, json={**INTERACTION, "metadata": {"client": "kiosk"}})) == {"success": True}
        assert browser.get(path).status_code == 401  # listing needs the key
        callbacks = len(fake.callbacks)
        retry = {**INTERACTION, "metadata": {"client": "other"}}  # metadata is not compared
        assert h.ok(browser.post(path, json=retry)) == {"success": True}
        assert len(fake.callbacks) == callbacks  # no second webhook
        clash = browser.post(path, json={**INTERACTION, "value": {"selected_option_ids": ["opt_1"]}})
        assert (clash.status_code, clash.json()) == (
            400, {"error": "interaction_id: was already recorded with other content"},
        )  # fmt: skip
        heartbeat = {**INTERACTION, "interaction_id": "ci_2", "type": "heartbeat"}
        del heartbeat["value"]
        h.ok(browser.post(path, json=heartbeat))
    listed = h.ok(http.get(path))["data"]
    assert [i["interaction_id"] for i in listed] == [INTERACTION["interaction_id"], "ci_2"]
    assert listed[0]["conversation_id"] == conversation_id
    assert listed[0]["metadata"] == {"client": "kiosk"}
    url, event = next(c for c in fake.callbacks if c[1].get("event_type") == "canvas.interaction")
    assert url == h.HOOK
    assert event["properties"]["interaction_id"] == INTERACTION["interaction_id"]
    http.post(f"/v2/conversations/{conversation_id}/end")
    ended = http.post(path, json={**INTERACTION, "interaction_id": "ci_3"})
    assert ended.status_code == 400
    assert len(h.ok(http.get(path))["data"]) == 2  # still readable after the conversation


def test_other_operations_still_need_the_key(fake: FakeTavus) -> None:
    with client_for(fake, key="wrong") as anonymous:
        assert anonymous.post("/v2/voices", json={}).status_code == 401
        assert anonymous.get("/v2/faces").status_code == 401
