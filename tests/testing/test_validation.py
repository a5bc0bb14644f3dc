"""Auth, request-schema validation, the spec's prose rules (the SDK's, `tavus._rules`, never stricter
than the contract), and how missing ids are answered."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tavus import TavusValidationError
from tavus._rules import RULES
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
ONE_TRAINING_URL = "train_video_url/train_image_url: exactly one of train_video_url or train_image_url is required"


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({}, f"{ONE_TRAINING_URL}, got neither"),
        ({"train_video_url": VIDEO, "train_image_url": IMAGE}, f"{ONE_TRAINING_URL}, got both"),
        ({"train_image_url": IMAGE}, "voice_name: is required with train_image_url"),
        ({"train_video_url": "s3://bucket/me.mp4"}, "train_video_url: must be an absolute http(s) URL"),
        ({"train_video_url": "/relative.mp4"}, "train_video_url: must be an absolute http(s) URL"),
        ({"train_image_url": "me.png", "voice_name": "anna"}, "train_image_url: must be an absolute http(s) URL"),
        ({"train_video_url": VIDEO, "consent_video_url": "ftp://x/c.mp4"}, "consent_video_url: must be an absolute"),
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
        # what the contract does not forbid, the fake does not refuse either
        {"train_video_url": VIDEO, "auto_fix_training_image": True},
        {"train_image_url": IMAGE, "voice_name": "anna", "consent_video_url": CONSENT},
        {"train_image_url": IMAGE, "voice_name": ""},
        {"train_video_url": VIDEO, "callback_url": ""},
        {"train_video_url": VIDEO, "callback_url": "example.com/hook"},
    ],
)
def test_create_replica_accepts_what_the_contract_allows(http: httpx.Client, body: dict[str, Any]) -> None:
    assert h.ok(http.post("/v2/replicas", json=body))["status"] == "started"


ONE_SOURCE = "script/audio_url: exactly one of script or audio_url is required"


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({}, f"{ONE_SOURCE}, got neither"),
        ({"script": "hi", "audio_url": "https://a.b/a.mp3"}, f"{ONE_SOURCE}, got both"),
        ({"audio_url": "file:///a.mp3"}, "audio_url: must be an absolute http(s) URL"),
        ({"script": "hi", "background_url": "www.example.com"}, "background_url: must be an absolute http(s) URL"),
    ],
)
def test_generate_video_prose_rules(fake: FakeTavus, http: httpx.Client, body: dict[str, Any], error: str) -> None:
    replica_id = h.replica(http, fake)
    response = http.post("/v2/videos", json={"replica_id": replica_id, **body})
    assert response.status_code == 400
    assert response.json()["error"].startswith(error)


@pytest.mark.parametrize(
    "body",
    [
        {"script": ""},  # the contract sets no minimum length
        {"script": "hi", "transparent_background": True},  # "only works if fast is true": not refused
        {"script": "hi", "callback_url": ""},
    ],
)
def test_generate_video_accepts_what_the_contract_allows(
    fake: FakeTavus, http: httpx.Client, body: dict[str, Any]
) -> None:
    h.ok(http.post("/v2/videos", json={"replica_id": FakeTavus.STOCK_REPLICA_ID, **body}))


def test_conversations_accept_what_the_contract_allows(http: httpx.Client) -> None:
    properties = {"max_call_duration": 0, "participant_left_timeout": 0, "require_auth": True}
    body = {"replica_id": FakeTavus.STOCK_REPLICA_ID, "callback_url": "", "properties": properties}
    created = h.ok(http.post("/v2/conversations", json=body))
    assert created["meeting_token"]  # properties.require_auth makes a private room too


def test_referenced_schemas_are_validated(http: httpx.Client) -> None:
    # properties.recording_storage is a $ref to components/schemas/recording_storage_config
    body: dict[str, Any] = {"replica_id": FakeTavus.STOCK_REPLICA_ID, "properties": {"recording_storage": {}}}
    response = http.post("/v2/conversations", json=body)
    assert response.json() == {"error": "properties.recording_storage.provider: is required"}
    body["properties"]["recording_storage"] = {"provider": "dropbox"}
    response = http.post("/v2/conversations", json=body)
    assert response.json() == {
        "error": "properties.recording_storage.provider: must be one of 's3', 'gcs', 'azure_blob'"
    }
    body["properties"]["recording_storage"] = {"provider": "gcs", "bucket_name": "calls", "project_id": "p"}
    h.ok(http.post("/v2/conversations", json=body))


def test_videos_and_conversations_need_a_trained_replica(fake: FakeTavus, http: httpx.Client) -> None:
    training = h.replica(http, fake, trained=False)
    for path, extra in (("/v2/videos", {"script": "hi"}), ("/v2/conversations", {})):
        response = http.post(path, json={"replica_id": training, **extra})
        assert response.json() == {"error": "replica_id: replica is not ready (status: started)"}
        response = http.post(path, json={"replica_id": "rnope", **extra})
        assert response.json() == {"error": "replica_id: Invalid replica_id 'rnope'"}


def test_conversation_and_persona_references_must_exist(fake: FakeTavus, http: httpx.Client) -> None:
    assert http.post("/v2/conversations", json={}).json() == {
        "error": "face_id/pal_id: give face_id (replica_id), or a pal_id (persona_id) that has one"
    }
    echo = h.persona(http, pipeline_mode="echo")
    for field in ("pal_id", "persona_id"):  # the supplement's name, and its legacy alias
        assert http.post("/v2/conversations", json={field: echo}).json() == {
            "error": "face_id: is required unless the PAL has a default face (default_replica_id)"
        }
        assert http.post("/v2/conversations", json={field: "pnope"}).json() == {
            "error": f"{field}: Invalid {field} 'pnope'"
        }
    response = http.post("/v2/personas", json={"system_prompt": "s", "default_replica_id": "rnope"})
    assert response.json() == {"error": "default_replica_id: Invalid replica_uuid 'rnope'"}
    response = http.post("/v2/personas", json={"system_prompt": "s", "document_ids": ["dnope"]})
    assert response.json() == {"error": "document_ids[0]: Invalid document_id 'dnope'"}
    assert http.post("/v2/personas", json={"persona_name": "x"}).json() == {
        "error": "system_prompt: is required unless pipeline_mode is 'echo'"
    }
    for field, value in (("objectives_id", "onope"), ("guardrails_id", "gnope")):
        response = http.post("/v2/personas", json={"system_prompt": "s", field: value})
        assert response.json() == {"error": f"{field}: Invalid {field} {value!r}"}
    layers = {"tts": {"pronunciation_dictionary_id": "pd_nope"}}
    response = http.post("/v2/personas", json={"system_prompt": "s", "layers": layers})
    assert response.json() == {
        "error": "layers.tts.pronunciation_dictionary_id: Invalid pronunciation_dictionary_id 'pd_nope'"
    }
    refs = {"objectives_id": h.objectives(http), "guardrails_id": h.guardrails(http)}
    layers = {"tts": {"pronunciation_dictionary_id": h.dictionary(http)}}
    h.ok(http.post("/v2/personas", json={"system_prompt": "s", **refs, "layers": layers}))


def test_personas_accept_models_the_contract_does_not_list_yet(http: httpx.Client) -> None:
    # the overlay opens these request enums (x-known-values); the fake answers with what it was given
    layers = {
        "perception": {"perception_model": "raven-2", "visual_awareness_queries": ["Is the user smiling?"]},
        "conversational_flow": {"turn_detection_model": "sparrow-2"},
        "tts": {"tts_engine": "acme-tts"},
        "stt": {"stt_engine": "tavus-parakeet"},
    }
    persona_id = h.ok(http.post("/v2/personas", json={"system_prompt": "s", "layers": layers}))["persona_id"]
    (persona,) = h.ok(http.get(f"/v2/personas/{persona_id}"))["data"]
    assert persona["layers"] == layers
    assert h.ok(http.get("/v2/personas"))["data"][0]["layers"] == layers


def test_closed_request_enums_stay_closed(http: httpx.Client) -> None:
    response = http.post("/v2/personas", json={"system_prompt": "s", "layers": {"stt": {"stt_engine": "tavus-turbo"}}})
    assert response.status_code == 400
    assert response.json()["error"].startswith("layers.stt.stt_engine: must be one of 'tavus-auto', 'tavus-parakeet'")


def test_a_persona_may_have_an_empty_system_prompt(http: httpx.Client) -> None:
    h.ok(http.post("/v2/personas", json={"system_prompt": ""}))  # the rule asks for the field, not its length


def test_set_item_names_follow_the_prose(http: httpx.Client) -> None:
    response = http.post("/v2/guardrails", json={"data": [{"guardrail_name": "no advice", "guardrail_prompt": "p"}]})
    assert response.json() == {"message": "data[0].guardrail_name: may hold only letters, digits and underscores"}
    response = http.post("/v2/objectives", json={"data": [{"objective_name": "ask name", "objective_prompt": "p"}]})
    assert response.json() == {"message": "data[0].objective_name: must be a non-empty string without spaces"}


# (method, path template, body, expected status, expected body) for an id that does not exist
MISSING: list[tuple[str, str, Any, int, dict[str, str]]] = [
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
    ("GET", "/v2/pronunciation-dictionaries/{}", None, 404, {"message": "Pronunciation dictionary not found"}),
    ("PATCH", "/v2/pronunciation-dictionaries/{}", [], 404, {"message": "Pronunciation dictionary not found"}),
    ("DELETE", "/v2/pronunciation-dictionaries/{}", None, 404, {"message": "Pronunciation dictionary not found"}),
    ("GET", "/v2/transcriptions/{}", None, 400, {"error": "Invalid transcription_id"}),
    ("DELETE", "/v2/transcriptions/{}", None, 400, {"error": "Invalid transcription_id"}),
    ("GET", "/v2/lipsync/{}", None, 400, {"error": "Invalid lipsync_id"}),
    ("DELETE", "/v2/lipsync/{}", None, 400, {"error": "Invalid lipsync_id"}),
    ("GET", "/v2/replacements/{}", None, 400, {"error": "Invalid replacement_id"}),
    ("DELETE", "/v2/replacements/{}", None, 400, {"error": "Invalid replacement_id"}),
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
    "pronunciation-dictionaries": lambda http, fake: h.dictionary(http),
    "transcriptions": lambda http, fake: h.transcription(http),
    "lipsync": lambda http, fake: h.lipsync(http),
    "replacements": lambda http, fake: h.replacement(http),
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


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"rules": []}, "name: is required"),
        ({"name": "n" * 256}, "name: must be at most 255 characters, got 256"),
        ({"name": "B", "rules": [{**h.RULE, "text": "t" * 201}]},
         "rules[0].text: must be at most 200 characters, got 201"),
        ({"name": "B", "rules": [{**h.RULE, "pronunciation": "p" * 501}]},
         "rules[0].pronunciation: must be at most 500 characters, got 501"),
        ({"name": "B", "rules": [h.RULE, {**h.RULE, "type": "ipa"}]},
         "rules[1].text: duplicates an earlier rule's text 'Tavus'"),
        ({"name": "B", "rules": [{**h.RULE, "type": "spelling"}]}, "rules[0].type: must be one of 'alias', 'ipa'"),
        ({"name": "B", "rules": [{"text": "Tavus", "type": "alias"}]}, "rules[0].pronunciation: is required"),
    ],
)  # fmt: skip
def test_pronunciation_dictionary_rules(http: httpx.Client, body: dict[str, Any], error: str) -> None:
    response = http.post("/v2/pronunciation-dictionaries", json=body)
    assert (response.status_code, response.json()) == (400, {"error": error})


def test_pronunciation_dictionary_limits_are_inclusive(http: httpx.Client) -> None:
    rules = [{"text": "t" * 200, "pronunciation": "p" * 500, "type": "ipa"}, {**h.RULE, "text": "tavus"}, h.RULE]
    created = h.ok(http.post("/v2/pronunciation-dictionaries", json={"name": "n" * 255, "rules": rules}), 201)
    assert created["rules_count"] == 3  # `Tavus` and `tavus` are different texts


@pytest.mark.parametrize(
    ("path", "body", "error"),
    [
        ("/v2/transcriptions", {"file_url": h.FILE_URL}, "callback_url: is required"),
        ("/v2/transcriptions", {"callback_url": h.HOOK}, "file_url: is required"),
        ("/v2/lipsync", {"original_video_url": h.FILE_URL}, "source_audio_url: is required"),
        ("/v2/replacements", {"original_video_url": h.FILE_URL}, "new_transcript: is required"),
    ],
)
def test_new_job_bodies_follow_their_schema(http: httpx.Client, path: str, body: dict[str, Any], error: str) -> None:
    response = http.post(path, json=body)
    assert (response.status_code, response.json()) == (400, {"error": error})


def test_the_prose_rules_are_the_sdks_one_source(monkeypatch: pytest.MonkeyPatch, http: httpx.Client) -> None:
    """The fake keeps no copy of a prose rule: change the SDK's and the fake follows."""

    def no_gifs(fields: Any) -> None:
        if str(fields.get("file_url", "")).endswith(".gif"):
            raise TavusValidationError("file_url", "cannot be a GIF")

    monkeypatch.setitem(RULES, "create_transcription", [no_gifs])
    response = http.post("/v2/transcriptions", json={"file_url": "https://e.com/a.gif", "callback_url": h.HOOK})
    assert (response.status_code, response.json()) == (400, {"error": "file_url: cannot be a GIF"})
    monkeypatch.setitem(RULES, "create_replica", [])
    h.ok(http.post("/v2/replicas", json={"train_video_url": VIDEO, "train_image_url": IMAGE}))
