"""Argument rules checked before anything is sent: each test also proves that no request left (issue 4)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import respx

from tavus import TavusValidationError
from tests.conftest import ANY_RESOURCE

VIDEO = "https://e.com/train.mp4"
IMAGE = "https://e.com/face.png"


@pytest.fixture
def everything(api: respx.MockRouter) -> Iterator[respx.Route]:
    """A catch-all route: whatever request escapes validation lands here and fails the test."""
    route = api.route().respond(200, json={})
    yield route
    assert not route.called, f"a request was sent: {route.calls.last.request!r}"


def _reject(fn: Any, *, field: str | None = None, match: str | None = None) -> TavusValidationError:
    with pytest.raises(TavusValidationError, match=match) as info:
        fn()
    assert isinstance(info.value, ValueError)
    if field is not None:
        assert info.value.field == field
    assert str(info.value).startswith(f"{info.value.field}: ")
    return info.value


# --- Create Replica ------------------------------------------------------------------------------

REPLICA_BAD = [
    pytest.param({"train_video_url": VIDEO, "train_image_url": IMAGE, "voice_name": "v"}, "both", id="both-urls"),
    pytest.param({"replica_name": "x"}, "neither", id="neither-url"),
    pytest.param({"train_image_url": IMAGE}, "voice_name", id="image-without-voice"),
    pytest.param({"train_video_url": "ftp://e.com/t.mp4"}, "train_video_url", id="ftp-url"),
    pytest.param({"train_video_url": "/relative/t.mp4"}, "train_video_url", id="relative-url"),
    pytest.param({"train_video_url": "e.com/t.mp4"}, "train_video_url", id="schemeless-url"),
    pytest.param({"train_video_url": "https:///t.mp4"}, "train_video_url", id="no-host"),
    pytest.param({"train_video_url": "https://e.com/a b.mp4"}, "train_video_url", id="url-with-space"),
    pytest.param({"train_video_url": "file:///etc/passwd"}, "train_video_url", id="file-url"),
    pytest.param({"train_video_url": VIDEO, "consent_video_url": "nope"}, "consent_video_url", id="bad-consent"),
    pytest.param({"train_video_url": 42}, "train_video_url", id="url-int"),
    pytest.param({"train_video_url": VIDEO, "replica_name": 5}, "replica_name", id="name-int"),
    pytest.param({"train_video_url": VIDEO, "model_name": ["phoenix"]}, "model_name", id="model-list"),
    pytest.param({"train_image_url": IMAGE, "voice_name": "v", "auto_fix_training_image": "yes"}, "auto_fix",
                 id="autofix-str"),
    pytest.param({"train_video_url": VIDEO, "properties": "green"}, "properties", id="properties-str"),
    pytest.param({"train_video_url": VIDEO, "properties": {"background_green_screen": "true"}},
                 "background_green_screen", id="green-screen-str"),
]  # fmt: skip


@pytest.mark.parametrize(("kwargs", "match"), REPLICA_BAD)
def test_create_replica_rules(kwargs: dict[str, Any], match: str, client: Any, everything: respx.Route) -> None:
    _reject(lambda: client.replicas.create(**kwargs), match=match)


@pytest.mark.anyio
@pytest.mark.parametrize(("kwargs", "match"), REPLICA_BAD[:4])
async def test_async_create_replica_rules(
    kwargs: dict[str, Any], match: str, aclient: Any, everything: respx.Route
) -> None:
    with pytest.raises(TavusValidationError, match=match):
        await aclient.replicas.create(**kwargs)


# Create Face: "the seed's Create Replica rules apply to it too" (one source, tavus._rules), with its
# own names (face_name) and default_voice_id as the image's other possible voice.
FACE_BAD = [
    pytest.param(
        {"face_name" if k == "replica_name" else k: v for k, v in p.values[0].items()},
        "face_name" if p.values[1] == "replica_name" else p.values[1],
        id=p.id,
    )
    for p in REPLICA_BAD
    if "properties" not in p.values[0]  # Create Face names no properties (its list was cut before them)
]


@pytest.mark.parametrize(("kwargs", "match"), FACE_BAD)
def test_create_face_follows_the_create_replica_rules(
    kwargs: dict[str, Any], match: str, client: Any, everything: respx.Route
) -> None:
    _reject(lambda: client.faces.create(**kwargs), match=match)


@pytest.mark.anyio
async def test_create_face_takes_one_voice_with_an_image(aclient: Any, everything: respx.Route) -> None:
    with pytest.raises(TavusValidationError, match="not both") as info:
        await aclient.faces.create(train_image_url=IMAGE, voice_name="anna", default_voice_id="v1")
    assert info.value.field == "voice_name/default_voice_id"


# What the contract allows is sent: these were refused once, by rules stricter than the API.
REPLICA_ACCEPTED = [
    # voice_name: "Required when `train_image_url` is set." (no rule about its content)
    pytest.param({"train_image_url": IMAGE, "voice_name": " "}, id="image-blank-voice"),
    # auto_fix_training_image: "Only applies to image-based training" (not: refused with a video)
    pytest.param({"train_video_url": VIDEO, "auto_fix_training_image": True}, id="autofix-with-video"),
    # consent_video_url: "Required when your flow uses a standalone consent recording" (no exclusion)
    pytest.param({"train_image_url": IMAGE, "voice_name": "v", "consent_video_url": VIDEO}, id="consent-with-image"),
    # callback_url: a plain string; Tavus's own guides send "".
    pytest.param({"train_video_url": VIDEO, "callback_url": ""}, id="empty-callback"),
    pytest.param({"train_video_url": VIDEO, "callback_url": "not a url"}, id="callback-any-string"),
]


@pytest.mark.parametrize("kwargs", REPLICA_ACCEPTED)
def test_create_replica_sends_what_the_contract_allows(
    kwargs: dict[str, Any], client: Any, api: respx.MockRouter
) -> None:
    route = api.post("/v2/replicas").respond(200, json={"replica_id": "r1"})
    client.replicas.create(**kwargs)
    assert _sent_json(route) == kwargs


def _sent_json(route: respx.Route) -> Any:
    assert route.call_count == 1
    return json.loads(route.calls.last.request.content)


def test_create_replica_image_training_is_sent(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/replicas").respond(200, json={"replica_id": "r1"})
    client.replicas.create(train_image_url=IMAGE, voice_name="Anna", auto_fix_training_image=True)
    assert _sent_json(route) == {"train_image_url": IMAGE, "voice_name": "Anna", "auto_fix_training_image": True}


def test_create_replica_video_with_consent_is_sent(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/replicas").respond(200, json={"replica_id": "r1"})
    client.replicas.create(train_video_url=VIDEO, consent_video_url="http://e.com/consent.mp4")
    assert _sent_json(route) == {"train_video_url": VIDEO, "consent_video_url": "http://e.com/consent.mp4"}


def test_unknown_future_model_name_passes_through(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/replicas").respond(200, json={"replica_id": "r1"})
    client.replicas.create(train_video_url=VIDEO, model_name="phoenix-7-experimental")
    assert _sent_json(route)["model_name"] == "phoenix-7-experimental"


def test_background_green_screen_is_sent(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/replicas").respond(200, json={"replica_id": "r1"})
    client.replicas.create(train_video_url=VIDEO, properties={"background_green_screen": True, "future": "x"})
    assert _sent_json(route)["properties"] == {"background_green_screen": True, "future": "x"}


def test_extra_body_is_merged_into_create_replica(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/replicas").respond(200, json={"replica_id": "r1"})
    client.replicas.create(train_video_url=VIDEO, extra_body={"new_flag": True, "replica_name": "override"})
    assert _sent_json(route) == {"train_video_url": VIDEO, "new_flag": True, "replica_name": "override"}


def test_extra_body_must_be_a_dict(client: Any, everything: respx.Route) -> None:
    _reject(lambda: client.replicas.create(train_video_url=VIDEO, extra_body=["x"]), field="extra_body")


def test_extra_body_needs_an_object_body(client: Any, everything: respx.Route) -> None:
    ops = [{"op": "remove", "path": "/context"}]
    _reject(lambda: client.guardrails.update("g1", ops, extra_body={"a": 1}), field="extra_body")


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"extra_body": {"x": object()}}, "extra_body"),
        ({"extra_body": {"x": float("nan")}}, "extra_body"),
        ({"extra_query": {"x": object()}}, "extra_query['x']"),
        ({"extra_query": {"x": "\ud800"}}, "extra_query['x']"),
        ({"extra_query": [("x", "1")]}, "extra_query"),
    ],
)
def test_extra_body_and_query_that_cannot_be_encoded_are_refused_before_sending(
    options: dict[str, Any], field: str, client: Any, everything: respx.Route
) -> None:
    """They used to escape as a bare TypeError/ValueError from httpx, or to be sent as str(object)."""
    _reject(lambda: client.replicas.rename("r1", replica_name="Rio", **options), field=field)
    assert not everything.called


def test_persona_layers_with_nested_unknown_keys_are_sent_as_given(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/personas").respond(200, json={"persona_id": "p1"})
    layers = {
        "llm": {"model": "tavus-gpt-oss", "future_knob": {"deep": [1, {"x": None}]}},
        "tts": {"tts_engine": "cartesia", "voice_settings": {"speed": "fast", "new": True}},
        "brand_new_layer": {"a": 1},
    }
    client.personas.create(system_prompt="S", layers=layers)
    assert _sent_json(route) == {"system_prompt": "S", "layers": layers}


# --- path ids -------------------------------------------------------------------------------------

BAD_IDS = ["../videos", "a/b", "a?b", "a#b", "", " ", "\t", "r1\n", " r1", "..", ".", "a%2Fb", "a\\b", "a\x00b"]
ID_CALLS = [
    pytest.param(lambda c, i: c.replicas.get(i), id="replicas.get"),
    pytest.param(lambda c, i: c.replicas.delete(i), id="replicas.delete"),
    pytest.param(lambda c, i: c.replicas.rename(i, replica_name="x"), id="replicas.rename"),
    pytest.param(lambda c, i: c.replicas.wait(i), id="replicas.wait"),
    pytest.param(lambda c, i: c.videos.get(i), id="videos.get"),
    pytest.param(lambda c, i: c.videos.rename(i, video_name="x"), id="videos.rename"),
    pytest.param(lambda c, i: c.conversations.end(i), id="conversations.end"),
    pytest.param(lambda c, i: c.conversations.delete(i), id="conversations.delete"),
    pytest.param(lambda c, i: c.personas.update(i, system_prompt="x"), id="personas.update"),
    pytest.param(lambda c, i: c.documents.recrawl(i), id="documents.recrawl"),
    pytest.param(lambda c, i: c.guardrails.delete(i), id="guardrails.delete"),
    pytest.param(lambda c, i: c.objectives.get(i), id="objectives.get"),
]


@pytest.mark.parametrize("bad_id", BAD_IDS)
@pytest.mark.parametrize("call", ID_CALLS)
def test_path_ids_that_would_change_the_path_are_rejected(
    call: Any, bad_id: str, client: Any, everything: respx.Route
) -> None:
    _reject(lambda: call(client, bad_id))


@pytest.mark.parametrize("bad_id", [None, 5, b"r1", ["r1"]])
def test_path_ids_must_be_strings(bad_id: Any, client: Any, everything: respx.Route) -> None:
    _reject(lambda: client.replicas.get(bad_id), field="replica_id", match="must be a string")


@pytest.mark.anyio
@pytest.mark.parametrize("bad_id", ["../videos", "a/b", "a?b", "a#b", "", " "])
async def test_async_path_ids_rejected(bad_id: str, aclient: Any, everything: respx.Route) -> None:
    with pytest.raises(TavusValidationError):
        await aclient.documents.get(bad_id)


# --- other create rules ---------------------------------------------------------------------------

RULES = [
    pytest.param(lambda c: c.videos.create(replica_id="r1"), "script/audio_url", id="video-neither"),
    pytest.param(lambda c: c.videos.create(replica_id="r1", script="a", audio_url="https://e.com/a.mp3"),
                 "script/audio_url", id="video-both"),
    pytest.param(lambda c: c.videos.create(replica_id="r1", audio_url="a.mp3"), "audio_url", id="video-rel-audio"),
    pytest.param(lambda c: c.videos.create(replica_id="r1", script=3), "script", id="video-script-int"),
    pytest.param(lambda c: c.videos.create(replica_id="r1", script="s", fast="yes"), "fast", id="video-fast-str"),
    pytest.param(lambda c: c.documents.create(document_url="doc.pdf"), "document_url", id="doc-relative"),
    pytest.param(lambda c: c.documents.create(document_url="https://e.com", crawl={"depth": 0}), "crawl.depth",
                 id="crawl-depth-0"),
    pytest.param(lambda c: c.documents.create(document_url="https://e.com", crawl={"depth": 11}), "crawl.depth",
                 id="crawl-depth-11"),
    pytest.param(lambda c: c.documents.create(document_url="https://e.com", crawl={"max_pages": 0}),
                 "crawl.max_pages", id="crawl-pages-0"),
    pytest.param(lambda c: c.documents.create(document_url="https://e.com", crawl={"max_pages": 101}),
                 "crawl.max_pages", id="crawl-pages-101"),
    pytest.param(lambda c: c.documents.create(document_url="https://e.com", crawl={"depth": "2"}), "crawl.depth",
                 id="crawl-depth-str"),
    pytest.param(lambda c: c.documents.create(document_url="https://e.com", tags="a"), "tags", id="doc-tags-str"),
    pytest.param(lambda c: c.documents.recrawl("d1", crawl={"depth": 11}), "crawl.depth", id="recrawl-depth"),
    pytest.param(lambda c: c.documents.list(sort="up"), "sort", id="doc-sort"),
    pytest.param(lambda c: c.objectives.create(data={"objective_name": "o"}), "data", id="objectives-dict"),
    pytest.param(lambda c: c.objectives.create(data=[{"objective_name": "o"}]), "data[0].objective_prompt",
                 id="objectives-no-prompt"),
    pytest.param(lambda c: c.objectives.create(data=[{"objective_name": "o", "objective_prompt": "p",
                                                      "modality": "smell"}]), "data[0].modality", id="obj-modality"),
    pytest.param(lambda c: c.objectives.create(data=[{"objective_name": "o", "objective_prompt": "p",
                                                      "confirmation_mode": "x"}]), "data[0].confirmation_mode",
                 id="obj-confirmation"),
    pytest.param(lambda c: c.guardrails.create(name="G", data=[{"guardrail_name": "g"}]),
                 "data[0].guardrail_prompt", id="guardrail-no-prompt"),
    pytest.param(lambda c: c.conversations.create(conversation_name="c"), "face_id/pal_id",
                 id="conv-no-replica"),
    pytest.param(lambda c: c.conversations.create(replica_id="r1", max_participants=1), "max_participants",
                 id="conv-max-participants-1"),
    pytest.param(lambda c: c.conversations.create(replica_id="r1", max_participants="3"), "max_participants",
                 id="conv-max-participants-str"),
    pytest.param(lambda c: c.conversations.create(replica_id="r1", document_ids="d1"), "document_ids",
                 id="conv-document-ids-str"),
    pytest.param(lambda c: c.personas.create(persona_name="P"), "system_prompt", id="persona-no-prompt"),
    pytest.param(lambda c: c.personas.create(system_prompt="S", pipeline_mode="turbo"), "pipeline_mode",
                 id="persona-mode"),
    pytest.param(lambda c: c.personas.create(system_prompt="S", layers={"llm": "gpt"}), "layers.llm",
                 id="persona-layer-str"),
    pytest.param(lambda c: c.personas.update("p1", [{"op": "replace"}], system_prompt="x"), "operations",
                 id="persona-ops-and-fields"),
    pytest.param(lambda c: c.replicas.get("r1", verbose="true"), "verbose", id="verbose-str"),
    pytest.param(lambda c: c.replicas.delete("r1", hard=1), "hard", id="hard-int"),
    pytest.param(lambda c: c.pals.create(default_face_id="r1"), "system_prompt", id="pal-no-prompt"),
    pytest.param(lambda c: c.pals.create(default_face_id="r1", system_prompt="s", guardrail_ids=["g"] * 51),
                 "guardrail_ids", id="pal-guardrails-over-50"),
    pytest.param(lambda c: c.pals.update("p1", [{"op": "replace"}]), "operations[0].path", id="pal-patch-no-path"),
    pytest.param(lambda c: c.pals.update("p1", layers="x"), "layers", id="pal-layers-str"),
    pytest.param(lambda c: c.pals.list(pal_type="team"), "pal_type", id="pal-type-enum"),
    pytest.param(lambda c: c.pals.skills.replace("p1", skills={"internet_search": 1}), "skills.internet_search",
                 id="pal-skills-not-object"),
    pytest.param(lambda c: c.tools.create(name="get weather", description="d"), "name", id="tool-name-pattern"),
    pytest.param(lambda c: c.tools.create(name="t", description="d", on_call="static_filler"), "static_filler",
                 id="tool-static-filler"),
    pytest.param(lambda c: c.tools.create(name="t", description="d", parameters={"properties": {"tavus_x": {}}}),
                 "parameters.properties.tavus_x", id="tool-reserved-parameter"),
    pytest.param(lambda c: c.tools.update("t1", description="d" * 10001), "description", id="tool-description-long"),
    pytest.param(lambda c: c.tools.list(type="mine"), "type", id="tools-type-enum"),
    pytest.param(lambda c: c.tools.create(name="t", description="d", trigger_type="later"), "trigger_type",
                 id="tool-trigger-enum"),
    pytest.param(lambda c: c.deployments.create(pal_id="p1", channel="tv"), "channel", id="deployment-channel"),
    pytest.param(lambda c: c.deployments.update("d1", if_match="a\r\nb", name="x"), "if_match",
                 id="deployment-if-match-crlf"),
    pytest.param(lambda c: c.deployments.start("d1", memory_stores="m"), "memory_stores",
                 id="deployment-start-stores-str"),
    pytest.param(lambda c: c.deployments.end_conversation("d1", "c/1"), "conversation_id",
                 id="deployment-end-slash"),
]  # fmt: skip


@pytest.mark.parametrize(("call", "field"), RULES)
def test_rule_is_checked_before_sending(call: Any, field: str, client: Any, everything: respx.Route) -> None:
    _reject(lambda: call(client), field=field)


REQUIRED = [
    pytest.param(lambda c: c.videos.create(script="hi"), "replica_id", id="video-no-replica"),
    pytest.param(lambda c: c.documents.create(document_name="D"), "document_url", id="doc-no-url"),
    pytest.param(lambda c: c.objectives.create(), "data", id="objectives-no-data"),
    pytest.param(lambda c: c.transcriptions.create(file_url="https://e.com/a.mp4"), "callback_url", id="no-callback"),
    pytest.param(lambda c: c.pronunciation_dictionaries.create(rules=[]), "name", id="dictionary-no-name"),
    pytest.param(lambda c: c.replicas.rename("r1"), "replica_name", id="rename-no-name"),
    pytest.param(lambda c: c.pals.create(system_prompt="s"), "default_face_id", id="pal-no-face"),
    pytest.param(lambda c: c.pals.check_username(), "username", id="username-missing"),
    pytest.param(lambda c: c.pals.skills.replace("p1"), "skills", id="replace-no-skills"),
    pytest.param(lambda c: c.pals.skills.update("p1", "s"), "config", id="skill-update-no-config"),
    pytest.param(lambda c: c.tools.create(name="t"), "description", id="tool-no-description"),
    pytest.param(lambda c: c.deployments.create(pal_id="p1"), "channel", id="deployment-no-channel"),
]


@pytest.mark.parametrize(("call", "field"), REQUIRED)
def test_a_field_the_contract_requires_is_a_required_argument(
    call: Any, field: str, client: Any, everything: respx.Route
) -> None:
    """Required by the contract's schema, so required by the signature: type checkers see it missing."""
    with pytest.raises(TypeError, match=f"missing 1 required keyword-only argument: '{field}'"):
        call(client)


# What the contract allows is sent: each of these was refused once, by a rule stricter than the API.
ACCEPTED = [
    pytest.param(lambda c: c.pronunciation_dictionaries.update("pd1", []), "PATCH", [], id="empty-json-patch"),
    pytest.param(lambda c: c.documents.update("d1"), "PATCH", {}, id="doc-update-nothing"),
    pytest.param(lambda c: c.objectives.create(data=[]), "POST", {"data": []}, id="objectives-empty"),
    pytest.param(lambda c: c.conversations.create(replica_id="r1", callback_url="cb"), "POST",
                 {"replica_id": "r1", "callback_url": "cb"}, id="conv-callback-any-string"),
    pytest.param(lambda c: c.replicas.rename("r1", replica_name=""), "PATCH", {"replica_name": ""}, id="rename-empty"),
    pytest.param(lambda c: c.videos.create(replica_id="r1", script=""), "POST", {"replica_id": "r1", "script": ""},
                 id="video-empty-script"),
    pytest.param(lambda c: c.videos.create(replica_id="r1", script="s", transparent_background=True), "POST",
                 {"replica_id": "r1", "script": "s", "transparent_background": True}, id="transparent-without-fast"),
    # a PAL with a default face needs no face id ("Needed unless the PAL has a default face")
    pytest.param(lambda c: c.conversations.create(pal_id="p1"), "POST", {"pal_id": "p1"}, id="conv-pal-only"),
    pytest.param(lambda c: c.conversations.create(persona_id="p1"), "POST", {"persona_id": "p1"},
                 id="conv-persona-only"),
    # "for image-based training send this or voice_name, not both": a video may come with both
    pytest.param(lambda c: c.faces.create(train_video_url=VIDEO, voice_name="anna", default_voice_id="v1"), "POST",
                 {"train_video_url": VIDEO, "voice_name": "anna", "default_voice_id": "v1"}, id="face-video-voices"),
    pytest.param(lambda c: c.faces.update("r1"), "PATCH", {}, id="face-update-nothing"),
    pytest.param(lambda c: c.voices.create(extra_body={"voice_name": "Ana"}), "POST", {"voice_name": "Ana"},
                 id="voice-unnamed-fields"),
    pytest.param(lambda c: c.conversations.send_app_message("c1", {"event_type": "app.custom", "anything": [1]}),
                 "POST", {"event_type": "app.custom", "anything": [1]}, id="app-message-open"),
]  # fmt: skip


@pytest.mark.parametrize(("call", "method", "body"), ACCEPTED)
def test_what_the_contract_allows_is_sent(
    call: Any, method: str, body: Any, client: Any, api: respx.MockRouter
) -> None:
    route = api.route(method=method).respond(200, json=ANY_RESOURCE)
    call(client)
    assert _sent_json(route) == body


def test_persona_echo_mode_needs_no_system_prompt(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/personas").respond(200, json={"persona_id": "p1"})
    client.personas.create(pipeline_mode="echo", persona_name="E")
    assert _sent_json(route) == {"pipeline_mode": "echo", "persona_name": "E"}


def test_conversation_with_persona_only_is_sent(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/conversations").respond(200, json={"conversation_id": "c1"})
    client.conversations.create(persona_id="p1")
    assert _sent_json(route) == {"persona_id": "p1"}


def test_video_with_audio_url_is_sent(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/videos").respond(200, json={"video_id": "v1"})
    client.videos.create(replica_id="r1", audio_url="https://e.com/a.mp3")
    assert _sent_json(route) == {"replica_id": "r1", "audio_url": "https://e.com/a.mp3"}


def test_crawl_bounds_inclusive(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/documents").respond(200, json={"document_id": "d1"})
    client.documents.create(document_url="https://e.com", crawl={"depth": 10, "max_pages": 100})
    client.documents.create(document_url="https://e.com", crawl={"depth": 1, "max_pages": 1})
    assert route.call_count == 2


# --- JSON Patch -----------------------------------------------------------------------------------

BAD_PATCHES = [
    pytest.param({"op": "replace", "path": "/a", "value": 1}, id="a-dict-not-a-list"),
    pytest.param("replace /a", id="a-string"),
    pytest.param([{"path": "/a", "value": 1}], id="no-op"),
    pytest.param([{"op": "upsert", "path": "/a", "value": 1}], id="unknown-op"),
    pytest.param([{"op": "replace", "value": 1}], id="no-path"),
    pytest.param([{"op": "replace", "path": "a", "value": 1}], id="path-without-slash"),
    pytest.param([{"op": "replace", "path": 3, "value": 1}], id="path-int"),
    pytest.param([{"op": "replace", "path": "/a~2b", "value": 1}], id="bad-tilde"),
    pytest.param([{"op": "add", "path": "/a"}], id="add-without-value"),
    pytest.param([{"op": "test", "path": "/a"}], id="test-without-value"),
    pytest.param([{"op": "move", "path": "/a"}], id="move-without-from"),
    pytest.param([{"op": "copy", "path": "/a", "from": "b"}], id="copy-bad-from"),
    pytest.param(["replace"], id="item-not-a-dict"),
    pytest.param([{"op": "remove", "path": "/a"}, {"op": "nope", "path": "/b"}], id="second-bad"),
]


@pytest.mark.parametrize("ops", BAD_PATCHES)
@pytest.mark.parametrize("resource", ["personas", "guardrails", "objectives"])
def test_malformed_json_patch_is_rejected(resource: str, ops: Any, client: Any, everything: respx.Route) -> None:
    _reject(lambda: getattr(client, resource).update("x1", ops))


def test_well_formed_json_patch_ops_are_sent(client: Any, api: respx.MockRouter) -> None:
    ops = [
        {"op": "add", "path": "/a", "value": None},
        {"op": "remove", "path": "/b"},
        {"op": "move", "from": "/c", "path": "/d"},
        {"op": "copy", "from": "/e", "path": "/f"},
        {"op": "test", "path": "/g~0h~1i", "value": 1},
    ]
    route = api.patch("/v2/objectives/o1").respond(200, json={"message": "ok"})
    client.objectives.update("o1", ops)
    assert _sent_json(route) == ops


# --- limits and pages -----------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [0, -1, "10", 1.5, True])
@pytest.mark.parametrize("resource", ["replicas", "videos", "conversations", "personas", "documents", "guardrails"])
def test_limit_must_be_a_positive_int(resource: str, limit: Any, client: Any, everything: respx.Route) -> None:
    _reject(lambda: getattr(client, resource).list(limit=limit), field="limit")
    _reject(lambda: next(iter(getattr(client, resource).iter(limit=limit))), field="limit")


@pytest.mark.parametrize(("resource", "page"), [("replicas", 0), ("personas", -1), ("documents", -1)])
def test_page_below_the_first_is_rejected(resource: str, page: int, client: Any, everything: respx.Route) -> None:
    _reject(lambda: getattr(client, resource).list(page=page), field="page")


# --- client options -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [{"X-A": "a\nb"}, {"X-A": "a\rb"}, {"X A": "v"}, {"X:A": "v"}, {"": "v"}, {"X-A": 5}, {"Ä": "v"}],
)
def test_bad_extra_headers_are_rejected(headers: dict[str, Any], client: Any, everything: respx.Route) -> None:
    _reject(lambda: client.replicas.get("r1", extra_headers=headers))


def test_non_ascii_extra_header_value_is_a_validation_error(client: Any, everything: respx.Route) -> None:
    _reject(lambda: client.replicas.get("r1", extra_headers={"X-Name": "Jos\u00e9"}))


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda c: c.replicas.get("r1", extra_body={"a": 1}), id="GET"),
        pytest.param(lambda c: c.replicas.list(extra_body={"a": 1}), id="GET list"),
        pytest.param(lambda c: c.videos.delete("v1", extra_body={"a": 1}), id="DELETE"),
        pytest.param(lambda c: c.conversations.end("c1", extra_body={"a": 1}), id="POST without a body"),
    ],
)
def test_extra_body_on_a_request_without_a_body_is_refused(call: Any, client: Any, everything: respx.Route) -> None:
    """Before: a GET went out with a JSON body."""
    error = _reject(lambda: call(client), field="extra_body")
    assert "has no body" in error.rule
