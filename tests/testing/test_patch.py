"""JSON Patch (RFC 6902) on personas, guardrails, objectives and pronunciation dictionaries: applied
for real, atomically."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tavus.testing import FakeTavus

from . import _helpers as h


def persona_doc(http: httpx.Client, persona_id: str) -> dict[str, Any]:
    (persona,) = h.ok(http.get(f"/v2/personas/{persona_id}"))["data"]
    return dict(persona)


def test_every_operation_kind_on_a_persona(fake: FakeTavus, http: httpx.Client) -> None:
    layers = {"stt": {"hotwords": "Roey"}, "llm": {"model": "tavus-gpt-4o"}}
    persona_id = h.persona(http, document_tags=["faq"], layers=layers)
    fake.advance(60)
    patch = [
        {"op": "test", "path": "/persona_name", "value": "Coach"},
        {"op": "test", "path": "/persona_id", "value": persona_id},  # paths follow the Get Persona shape
        {"op": "replace", "path": "/persona_name", "value": "Wellness Advisor"},
        {"op": "add", "path": "/document_tags/-", "value": "policies"},
        {"op": "move", "from": "/document_tags/0", "path": "/document_tags/-"},
        {"op": "remove", "path": "/layers/stt/hotwords"},
        {"op": "copy", "from": "/layers/llm", "path": "/layers/tts"},
        {"op": "remove", "path": "/layers/tts/model"},
    ]
    response = http.patch(f"/v2/personas/{persona_id}", json=patch)
    assert (response.status_code, response.content) == (200, b"")
    persona = persona_doc(http, persona_id)
    assert persona["persona_name"] == "Wellness Advisor"
    assert persona["document_tags"] == ["policies", "faq"]
    assert persona["layers"] == {"stt": {}, "llm": {"model": "tavus-gpt-4o"}, "tts": {}}
    assert persona["updated_at"] == "2025-01-01T00:01:00.000Z" != persona["created_at"]


def test_changes_to_read_only_persona_fields_are_ignored(http: httpx.Client) -> None:
    persona_id = h.persona(http)
    before = persona_doc(http, persona_id)
    patch = [
        {"op": "replace", "path": "/persona_id", "value": "pmine"},
        {"op": "replace", "path": "/persona_type", "value": "system"},
        {"op": "remove", "path": "/created_at"},
    ]
    response = http.patch(f"/v2/personas/{persona_id}", json=patch)
    assert (response.status_code, response.content) == (304, b"")
    assert persona_doc(http, persona_id) == before


def test_a_persona_patch_may_set_a_model_the_contract_does_not_list_yet(http: httpx.Client) -> None:
    persona_id = h.persona(http)
    patch = [{"op": "add", "path": "/layers", "value": {"perception": {"perception_model": "raven-2"}}}]
    h.ok(http.patch(f"/v2/personas/{persona_id}", json=patch))
    assert persona_doc(http, persona_id)["layers"]["perception"]["perception_model"] == "raven-2"


@pytest.mark.parametrize(
    ("patch", "detail"),
    [
        ([{"op": "test", "path": "/persona_name", "value": "Someone else"}], "operation 0 (test /persona_name)"),
        ([{"op": "replace", "path": "/nothing/here", "value": 1}], "operation 0 (replace /nothing/here)"),
        ([{"op": "remove", "path": "no-slash"}], "Location must start with /"),
        ([{"op": "add", "path": "/persona_name"}], "does not contain a 'value' member"),
        ([{"op": "move", "path": "/persona_name"}], "does not contain a 'from' member"),
    ],
)
def test_a_persona_patch_that_cannot_apply_is_422_and_changes_nothing(
    http: httpx.Client, patch: list[dict[str, Any]], detail: str
) -> None:
    persona_id = h.persona(http)
    before = persona_doc(http, persona_id)
    first = {"op": "replace", "path": "/persona_name", "value": "Changed"}
    response = http.patch(f"/v2/personas/{persona_id}", json=[first, *patch])
    assert response.status_code == 422
    message = response.json()["message"]
    assert message.startswith("Invalid JSON patch format: operation 1")
    assert detail.split(")")[-1] in message
    assert persona_doc(http, persona_id) == before  # the first operation was rolled back


def test_a_patch_that_changes_nothing_is_304(http: httpx.Client) -> None:
    persona_id = h.persona(http)
    for patch in ([], [{"op": "test", "path": "/persona_name", "value": "Coach"}]):
        response = http.patch(f"/v2/personas/{persona_id}", json=patch)
        assert (response.status_code, response.content) == (304, b"")
    guardrails_id = h.guardrails(http)
    same = [{"op": "replace", "path": "/name", "value": "Safety"}]
    assert http.patch(f"/v2/guardrails/{guardrails_id}", json=same).status_code == 304


def test_a_persona_patch_whose_result_breaks_the_contract_is_400(http: httpx.Client) -> None:
    persona_id = h.persona(http)
    cases = [
        ([{"op": "add", "path": "/layers", "value": {"tts": {"tts_emotion_control": "true"}}}],
         "layers.tts.tts_emotion_control: must be of type boolean"),
        ([{"op": "remove", "path": "/system_prompt"}], "system_prompt: is required unless pipeline_mode is 'echo'"),
        ([{"op": "add", "path": "/objectives_id", "value": "onope"}], "objectives_id: Invalid objectives_id 'onope'"),
        ([{"op": "replace", "path": "", "value": []}], "body: must be of type object"),
    ]  # fmt: skip
    for patch, error in cases:
        response = http.patch(f"/v2/personas/{persona_id}", json=patch)
        assert (response.status_code, response.json()) == (400, {"error": error})


def test_a_malformed_patch_document_is_400(http: httpx.Client) -> None:
    persona_id = h.persona(http)
    response = http.patch(f"/v2/personas/{persona_id}", json=[{"op": "frobnicate", "path": "/x"}])
    assert response.status_code == 400
    assert response.json()["error"].startswith("[0].op: must be one of 'add'")
    assert http.patch(f"/v2/personas/{persona_id}", json={"op": "add"}).status_code == 400


def test_guardrails_patch_with_test(http: httpx.Client) -> None:
    guardrails_id = h.guardrails(http)
    patch = [
        {"op": "test", "path": "/data/0/guardrail_name", "value": "no_medical"},
        {"op": "replace", "path": "/data/0/guardrail_prompt", "value": "Never give medical advice."},
        {"op": "add", "path": "/data/0/callback_url", "value": "https://example.com/hook"},
        {"op": "add", "path": "/data/-", "value": {"guardrail_name": "alone", "guardrail_prompt": "Alone?"}},
    ]
    response = http.patch(f"/v2/guardrails/{guardrails_id}", json=patch)
    assert h.ok(response) == {"message": "Guardrails updated successfully"}
    data = h.ok(http.get(f"/v2/guardrails/{guardrails_id}"))["data"]
    assert data["guardrail_prompt"] == "Never give medical advice."
    assert data["callback_url"] == "https://example.com/hook"
    assert [item["guardrail_name"] for item in data["data"]] == ["no_medical", "alone"]


@pytest.mark.parametrize("kind", ["guardrails", "objectives"])
def test_a_failed_test_on_a_set_is_400_and_changes_nothing(http: httpx.Client, kind: str) -> None:
    set_id = h.guardrails(http) if kind == "guardrails" else h.objectives(http)
    before = h.ok(http.get(f"/v2/{kind}/{set_id}"))
    patch = [
        {"op": "replace", "path": "/data/0/modality", "value": "visual"},
        {"op": "test", "path": "/data/0/modality", "value": "verbal"},
    ]
    response = http.patch(f"/v2/{kind}/{set_id}", json=patch)
    assert response.status_code == 400
    assert response.json()["error"].startswith("Invalid patch operation: operation 1 (test /data/0/modality)")
    assert h.ok(http.get(f"/v2/{kind}/{set_id}")) == before


@pytest.mark.parametrize(
    ("kind", "patch", "error"),
    [
        ("guardrails", [{"op": "replace", "path": "/data/0/modality", "value": "smell"}],
         "data[0].modality: must be one of 'verbal', 'visual'"),
        ("guardrails", [{"op": "remove", "path": "/data/0/guardrail_prompt"}], "data[0].guardrail_prompt: is required"),
        ("objectives", [{"op": "remove", "path": "/data"}], "data: is required"),
        ("objectives", [{"op": "add", "path": "/data/0/output_variables", "value": "x"}],
         "data[0].output_variables: must be of type array"),
        ("objectives", [{"op": "add", "path": "/data/0/next_required_objective", "value": ["b"]}],
         "data[0].next_required_objective: must be of type string"),
        ("objectives", [{"op": "replace", "path": "/data/0/objective_name", "value": "ask name"}],
         "data[0].objective_name: must be a non-empty string without spaces"),
        ("guardrails", [{"op": "replace", "path": "/data/0/guardrail_name", "value": "no-medical"}],
         "data[0].guardrail_name: may hold only letters, digits and underscores"),
    ],
)  # fmt: skip
def test_a_set_patch_whose_result_is_invalid_is_400(
    http: httpx.Client, kind: str, patch: list[dict[str, Any]], error: str
) -> None:
    set_id = h.guardrails(http) if kind == "guardrails" else h.objectives(http)
    response = http.patch(f"/v2/{kind}/{set_id}", json=patch)
    assert (response.status_code, response.json()) == (400, {"error": error})


def test_objectives_patch(http: httpx.Client) -> None:
    objectives_id = h.objectives(http)
    patch = [
        {"op": "replace", "path": "/data/0/objective_name", "value": "get_name"},
        {"op": "replace", "path": "/data/0/confirmation_mode", "value": "manual"},
        {"op": "add", "path": "/data/0/output_variables", "value": ["name"]},
        {"op": "add", "path": "/data/0/next_required_objective", "value": "get_email"},
        {"op": "add", "path": "/data/0/callback_url", "value": ""},  # any string: the contract says no more
    ]
    assert h.ok(http.patch(f"/v2/objectives/{objectives_id}", json=patch)) == {
        "message": "Objective updated successfully"
    }
    data = h.ok(http.get(f"/v2/objectives/{objectives_id}"))["data"]
    assert (data["objective_name"], data["confirmation_mode"], data["output_variables"]) == (
        "get_name",
        "manual",
        ["name"],
    )
    assert (data["next_required_objective"], data["callback_url"]) == ("get_email", "")


def dictionary_url(dictionary_id: str) -> str:
    return f"/v2/pronunciation-dictionaries/{dictionary_id}"


def test_a_dictionary_patch_replaces_name_and_rules(fake: FakeTavus, http: httpx.Client) -> None:
    dictionary_id = h.dictionary(http)
    rules = [{"text": "CVI", "pronunciation": "conversational video interface", "type": "alias"}]
    patch = [
        {"op": "test", "path": "/name", "value": "Brand Terms"},
        {"op": "replace", "path": "/name", "value": "Acronyms"},
        {"op": "replace", "path": "/rules", "value": rules},
    ]
    body = h.ok(http.patch(dictionary_url(dictionary_id), json=patch))
    assert (body["name"], body["rules_count"]) == ("Acronyms", 1)
    assert body["rules"] == [{**rules[0], "case_sensitive": False, "word_boundaries": True}]
    assert h.ok(http.get(dictionary_url(dictionary_id))) == body


@pytest.mark.parametrize(
    "patch",
    [
        [],
        [{"op": "replace", "path": "/name", "value": "Brand Terms"}],
        [{"op": "replace", "path": "/rules", "value": [{**h.RULE, "word_boundaries": True}]}],  # a default, spelt out
        [{"op": "replace", "path": "/pronunciation_dictionary_id", "value": "pd_mine"}],  # read-only: ignored
        [
            {"op": "replace", "path": "/created_at", "value": "2020-01-01T00:00:00Z"},
            {"op": "remove", "path": "/updated_at"},
        ],
        [{"op": "remove", "path": "/rules/0"}],  # "Updating rules replaces the entire rules array"
    ],
)
def test_a_dictionary_patch_that_changes_nothing_is_304(http: httpx.Client, patch: list[dict[str, Any]]) -> None:
    dictionary_id = h.dictionary(http)
    before = h.ok(http.get(dictionary_url(dictionary_id)))
    response = http.patch(dictionary_url(dictionary_id), json=patch)
    assert (response.status_code, response.content) == (304, b"")
    assert h.ok(http.get(dictionary_url(dictionary_id))) == before


@pytest.mark.parametrize(
    ("patch", "detail"),
    [
        ([{"op": "test", "path": "/name", "value": "Other"}], "operation 0 (test /name)"),
        ([{"op": "add", "path": "/name"}], "does not contain a 'value' member"),
        ([{"op": "copy", "from": "/nothing", "path": "/name"}], "operation 0 (copy /name)"),
    ],
)
def test_a_dictionary_patch_that_cannot_apply_is_422(
    http: httpx.Client, patch: list[dict[str, Any]], detail: str
) -> None:
    dictionary_id = h.dictionary(http)
    first = {"op": "replace", "path": "/name", "value": "Changed"}
    response = http.patch(dictionary_url(dictionary_id), json=[first, *patch])
    assert response.status_code == 422
    message = response.json()["message"]
    assert message.startswith("Invalid JSON patch format: operation")
    assert detail.split(")")[-1] in message
    assert h.ok(http.get(dictionary_url(dictionary_id)))["name"] == "Brand Terms"


DUPLICATES = [h.RULE, {**h.RULE, "pronunciation": "TAY-vus"}]


@pytest.mark.parametrize(
    ("patch", "error"),
    [
        ([{"op": "remove", "path": "/name"}], "name: is required"),
        ([{"op": "replace", "path": "/name", "value": "n" * 256}], "name: must be at most 255 characters, got 256"),
        ([{"op": "replace", "path": "/rules", "value": DUPLICATES}],
         "rules[1].text: duplicates an earlier rule's text 'Tavus'"),
        ([{"op": "replace", "path": "/rules", "value": [{**h.RULE, "type": "sound"}]}],
         "rules[0].type: must be one of 'alias', 'ipa'"),
        ([{"op": "replace", "path": "/rules", "value": [{"text": "Tavus"}]}], "rules[0].pronunciation: is required"),
    ],
)  # fmt: skip
def test_a_dictionary_patch_whose_result_breaks_the_rules_is_400(
    http: httpx.Client, patch: list[dict[str, Any]], error: str
) -> None:
    dictionary_id = h.dictionary(http)
    response = http.patch(dictionary_url(dictionary_id), json=patch)
    assert (response.status_code, response.json()) == (400, {"error": error})
