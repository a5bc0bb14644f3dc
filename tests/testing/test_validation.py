"""Auth, request-schema validation, the spec's prose rules, and how missing ids are answered."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tavus.testing import FakeTavus

from . import _helpers as h
from .conftest import client_for


@pytest.mark.parametrize("key", [None, "wrong-key"])
def test_a_missing_or_wrong_key_is_401(fake: FakeTavus, key: str | None) -> None:
    headers = {} if key is None else {"x-api-key": key}
    with httpx.Client(transport=fake.transport, base_url=fake.base_url, headers=headers) as raw:
        response = raw.post("/v2/replicas", json={"train_video_url": h.VIDEO_URL})
    assert response.status_code == 401
    assert response.json() == {"message": "Invalid access token"}
    assert fake.executed("createReplica") == 0
    assert fake.requests[-1].executed is False


def test_the_key_is_configurable() -> None:
    with FakeTavus("my-key") as fake, client_for(fake) as http:
        assert http.get("/v2/replicas").status_code == 200
        assert client_for(fake, key=FakeTavus.DEFAULT_API_KEY).get("/v2/replicas").status_code == 401


def test_unknown_paths_and_methods(http: httpx.Client) -> None:
    assert http.get("/v2/nothing").status_code == 404
    response = http.put("/v2/replicas")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"


@pytest.mark.parametrize(
    ("path", "body", "error"),
    [
        ("/v2/replicas/r1/name", {}, "replica_name: is required"),
        ("/v2/replicas/r1/name", {"replica_name": 5}, "replica_name: must be of type string"),
        ("/v2/videos", {"script": "hi"}, "replica_id: is required"),
        ("/v2/documents", {"document_name": "x"}, "document_url: is required"),
        ("/v2/documents", {"document_url": "https://a.b", "crawl": {"depth": 11}}, "crawl.depth: must be <= 10"),
        ("/v2/objectives", {}, "data: is required"),
        ("/v2/objectives", {"data": [{"objective_name": "a"}]}, "data[0].objective_prompt: is required"),
        ("/v2/conversations", {"max_participants": 1}, "max_participants: must be >= 2"),
        ("/v2/personas", {"pipeline_mode": "half"}, "pipeline_mode: must be one of 'full', 'echo'"),
        ("/v2/replicas", [], "body: must be of type object"),
    ],
)
def test_request_schema_violations_are_400(http: httpx.Client, path: str, body: Any, error: str) -> None:
    method = "PATCH" if path.endswith("/name") else "POST"
    response = http.request(method, path, json=body)
    assert response.status_code == 400
    key = "message" if path == "/v2/objectives" else "error"
    assert response.json() == {key: error}


def test_validation_errors_use_the_documented_member(http: httpx.Client) -> None:
    # createGuardrails and createObjectives document `{"message": ...}` for their 400s
    response = http.post("/v2/guardrails", json={"data": [{"guardrail_prompt": "p"}]})
    assert response.json() == {"message": "data[0].guardrail_name: is required"}


def test_invalid_json_and_query_values(http: httpx.Client) -> None:
    response = http.post("/v2/replicas", content=b"{nope", headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"].startswith("body: must be valid JSON")
    assert http.get("/v2/replicas", params={"limit": "ten"}).json() == {"error": "limit: must be of type integer"}
    assert http.get("/v2/replicas", params={"verbose": "maybe"}).json() == {"error": "verbose: must be true or false"}
    response = http.get("/v2/replicas", params={"replica_type": "robot"})
    assert response.json() == {"error": "replica_type: must be one of 'user', 'system'"}


VIDEO, IMAGE, CONSENT = h.VIDEO_URL, "https://example.com/me.png", "https://example.com/consent.mp4"


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({}, "train_video_url: either train_video_url or train_image_url must be provided"),
        ({"train_video_url": VIDEO, "train_image_url": IMAGE}, "train_image_url: cannot be combined"),
        ({"train_image_url": IMAGE}, "voice_name: is required with train_image_url"),
        ({"train_video_url": VIDEO, "auto_fix_training_image": True}, "auto_fix_training_image: only applies"),
        ({"train_image_url": IMAGE, "voice_name": "anna", "consent_video_url": CONSENT}, "consent_video_url: only"),
        ({"train_video_url": "s3://bucket/me.mp4"}, "train_video_url: must be an absolute http(s) URL"),
        ({"train_video_url": "/relative.mp4"}, "train_video_url: must be an absolute http(s) URL"),
        ({"train_video_url": VIDEO, "callback_url": "example.com/hook"}, "callback_url: must be an absolute"),
    ],
)
def test_create_replica_prose_rules(http: httpx.Client, body: dict[str, Any], error: str) -> None:
    response = http.post("/v2/replicas", json=body)
    assert response.status_code == 400
    assert response.json()["error"].startswith(error)


@pytest.mark.parametrize(
    "body",
    [
        {"train_video_url": VIDEO, "consent_video_url": CONSENT},
        {"train_image_url": IMAGE, "voice_name": "anna", "auto_fix_training_image": True},
    ],
)
def test_create_replica_accepts_both_training_paths(http: httpx.Client, body: dict[str, Any]) -> None:
    assert h.ok(http.post("/v2/replicas", json=body))["status"] == "started"


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({}, "script: either script or audio_url must be provided"),
        ({"script": "hi", "audio_url": "https://a.b/a.mp3"}, "audio_url: cannot be combined with script"),
        ({"audio_url": "file:///a.mp3"}, "audio_url: must be an absolute http(s) URL"),
        ({"script": "hi", "transparent_background": True}, "transparent_background: requires fast: true"),
    ],
)
def test_generate_video_prose_rules(fake: FakeTavus, http: httpx.Client, body: dict[str, Any], error: str) -> None:
    replica_id = h.replica(http, fake)
    response = http.post("/v2/videos", json={"replica_id": replica_id, **body})
    assert response.status_code == 400
    assert response.json()["error"].startswith(error)


def test_videos_and_conversations_need_a_trained_replica(fake: FakeTavus, http: httpx.Client) -> None:
    training = h.replica(http, fake, trained=False)
    for path, extra in (("/v2/videos", {"script": "hi"}), ("/v2/conversations", {})):
        response = http.post(path, json={"replica_id": training, **extra})
        assert response.json() == {"error": "replica_id: replica is not ready (status: started)"}
        response = http.post(path, json={"replica_id": "rnope", **extra})
        assert response.json() == {"error": "replica_id: Invalid replica_id 'rnope'"}


def test_conversation_and_persona_references_must_exist(fake: FakeTavus, http: httpx.Client) -> None:
    assert http.post("/v2/conversations", json={}).json() == {
        "error": "replica_id: is required unless the persona has a default_replica_id"
    }
    assert http.post("/v2/conversations", json={"persona_id": "pnope"}).json() == {
        "error": "persona_id: Invalid persona_id 'pnope'"
    }
    response = http.post("/v2/personas", json={"system_prompt": "s", "default_replica_id": "rnope"})
    assert response.json() == {"error": "default_replica_id: Invalid replica_uuid 'rnope'"}
    response = http.post("/v2/personas", json={"system_prompt": "s", "document_ids": ["dnope"]})
    assert response.json() == {"error": "document_ids[0]: Invalid document_id 'dnope'"}
    assert http.post("/v2/personas", json={"persona_name": "x"}).json() == {
        "error": "system_prompt: is required unless pipeline_mode is echo"
    }


def test_persona_values_the_contract_cannot_answer_with_are_refused(http: httpx.Client) -> None:
    # the request schema lets any tts_engine through, but getPersona's response enum is strict
    response = http.post("/v2/personas", json={"system_prompt": "s", "layers": {"tts": {"tts_engine": "acme"}}})
    assert response.status_code == 400
    assert response.json() == {"error": "layers.tts.tts_engine: must be one of 'cartesia', 'elevenlabs'"}


def test_set_item_names_follow_the_prose(http: httpx.Client) -> None:
    response = http.post("/v2/guardrails", json={"data": [{"guardrail_name": "no advice", "guardrail_prompt": "p"}]})
    assert response.json() == {"message": "data[0].guardrail_name: only letters, digits and underscores are allowed"}
    response = http.post("/v2/objectives", json={"data": [{"objective_name": "ask name", "objective_prompt": "p"}]})
    assert response.json() == {"message": "data[0].objective_name: must be a non-empty string without spaces"}


# (method, path template, body, expected status, expected body) for an id that does not exist
MISSING = [
    ("GET", "/v2/replicas/{}", None, 400, {"error": "Invalid replica_id"}),
    ("DELETE", "/v2/replicas/{}", None, 400, {"error": "Invalid replica_id"}),
    ("PATCH", "/v2/replicas/{}/name", {"replica_name": "x"}, 400, {"error": "Invalid replica_id"}),
    ("GET", "/v2/videos/{}", None, 400, {"error": "Invalid video_id"}),
    ("DELETE", "/v2/videos/{}", None, 400, {"error": "Invalid video_id"}),
    ("PATCH", "/v2/videos/{}/name", {"video_name": "x"}, 400, {"error": "Invalid video_id"}),
    ("GET", "/v2/conversations/{}", None, 400, {"error": "Invalid conversation_id"}),
    ("DELETE", "/v2/conversations/{}", None, 400, {"error": "Invalid conversation_id"}),
    ("POST", "/v2/conversations/{}/end", None, 400, {"error": "Invalid conversation_id"}),
    ("GET", "/v2/personas/{}", None, 400, {"error": "Invalid persona_id"}),
    ("PATCH", "/v2/personas/{}", [], 400, {"error": "Invalid persona_id"}),
    ("DELETE", "/v2/personas/{}", None, 400, {"error": "Invalid persona_id"}),
    ("GET", "/v2/documents/{}", None, 404, {"message": "Document not found"}),
    ("PATCH", "/v2/documents/{}", {}, 404, {"message": "Document not found"}),
    ("DELETE", "/v2/documents/{}", None, 404, {"message": "Document not found"}),
    ("POST", "/v2/documents/{}/recrawl", None, 404, {"message": "Document not found"}),
    ("GET", "/v2/guardrails/{}", None, 404, {"error": "Guardrails not found"}),
    ("PATCH", "/v2/guardrails/{}", [], 404, {"error": "Guardrails not found"}),
    ("DELETE", "/v2/guardrails/{}", None, 404, {"error": "Guardrails not found"}),
    ("GET", "/v2/objectives/{}", None, 404, {"error": "Objective not found"}),
    ("PATCH", "/v2/objectives/{}", [], 404, {"error": "Objective not found"}),
    ("DELETE", "/v2/objectives/{}", None, 404, {"error": "Objective not found"}),
]


@pytest.mark.parametrize(("method", "template", "body", "status", "expected"), MISSING)
def test_never_created_ids_answer_as_documented(
    http: httpx.Client, method: str, template: str, body: Any, status: int, expected: dict[str, str]
) -> None:
    response = http.request(method, template.format("x0000000000"), json=body)
    assert (response.status_code, response.json()) == (status, expected)


CREATE = {
    "replicas": lambda http, fake: h.replica(http, fake),
    "videos": lambda http, fake: h.video(http, h.replica(http, fake)),
    "conversations": lambda http, fake: h.conversation(http, FakeTavus.STOCK_REPLICA_ID),
    "personas": lambda http, fake: h.persona(http),
    "documents": lambda http, fake: h.document(http),
    "guardrails": lambda http, fake: h.guardrails(http),
    "objectives": lambda http, fake: h.objectives(http),
}


HARD_DELETABLE = ("replicas", "videos", "conversations")  # the operations documenting `hard`
DELETED = [
    (*case, hard) for case in MISSING for hard in (False, True) if not hard or case[1].split("/")[2] in HARD_DELETABLE
]


@pytest.mark.parametrize(("method", "template", "body", "status", "expected", "hard"), DELETED)
def test_deleted_ids_answer_as_documented(
    fake: FakeTavus,
    http: httpx.Client,
    method: str,
    template: str,
    body: Any,
    status: int,
    expected: dict[str, str],
    hard: bool,
) -> None:
    kind = template.split("/")[2]
    resource_id = CREATE[kind](http, fake)
    params = {"hard": "true"} if hard else {}
    assert http.delete(f"/v2/{kind}/{resource_id}", params=params).status_code in (200, 204)
    response = http.request(method, template.format(resource_id), json=body)
    assert (response.status_code, response.json()) == (status, expected)
