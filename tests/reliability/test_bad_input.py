"""Bad input (issue 7, part 3): every invalid call raises TavusValidationError naming the field, and
sends nothing (the fake records no request)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

import tavus
from tavus.testing import FakeTavus

V = "https://example.com/train.mp4"
IMG = "https://example.com/face.png"
P = "p1"
Bad = Callable[[tavus.Tavus], Any]


def case(field: str, call: Bad, id: str) -> Any:
    return pytest.param(call, field, id=id)


BAD_CALLS = [
    # replicas
    case("train_video_url", lambda c: c.replicas.create(train_video_url=123), "create: url wrong type"),  # type: ignore[arg-type]
    case("train_video_url/train_image_url",
         lambda c: c.replicas.create(train_video_url=V, train_image_url=IMG, voice_name="v"), "create: both urls"),
    case("train_video_url/train_image_url", lambda c: c.replicas.create(replica_name="R"), "create: neither url"),
    case("voice_name", lambda c: c.replicas.create(train_image_url=IMG), "create: image without voice"),
    case("train_video_url", lambda c: c.replicas.create(train_video_url="ftp://e.com/a.mp4"), "create: ftp url"),
    case("train_video_url", lambda c: c.replicas.create(train_video_url="/videos/a.mp4"), "create: relative url"),
    case("train_image_url", lambda c: c.replicas.create(train_image_url="e.com/a.png", voice_name="v"),
         "create: url without scheme"),
    case("properties.background_green_screen",
         lambda c: c.replicas.create(train_video_url=V, properties={"background_green_screen": "yes"}),
         "create: green screen not bool"),
    case("properties", lambda c: c.replicas.create(train_video_url=V, properties=[1]), "create: properties list"),  # type: ignore[arg-type]
    case("replica_id", lambda c: c.replicas.get(""), "get: empty id"),
    case("replica_id", lambda c: c.replicas.get("a/b"), "get: id with slash"),
    case("replica_id", lambda c: c.replicas.get(".."), "get: id dotdot"),
    case("replica_id", lambda c: c.replicas.get("a?b=1"), "get: id with ?"),
    case("replica_id", lambda c: c.replicas.get("a#b"), "get: id with #"),
    case("replica_id", lambda c: c.replicas.get("a b"), "get: id with space"),
    case("replica_id", lambda c: c.replicas.get("a\nb"), "get: id with newline"),
    case("replica_id", lambda c: c.replicas.get("a\x00b"), "get: id with NUL"),
    case("replica_id", lambda c: c.replicas.get(123), "get: id not str"),  # type: ignore[arg-type]
    case("verbose", lambda c: c.replicas.get("r1", verbose="yes"), "get: verbose not bool"),  # type: ignore[arg-type]
    case("hard", lambda c: c.replicas.delete("r1", hard=1), "delete: hard not bool"),  # type: ignore[arg-type]
    case("replica_id", lambda c: c.replicas.delete("%2e%2e"), "delete: encoded dotdot"),
    case("limit", lambda c: c.replicas.list(limit=0), "list: zero limit"),
    case("limit", lambda c: c.replicas.list(limit=-1), "list: negative limit"),
    case("limit", lambda c: c.replicas.list(limit="10"), "list: limit str"),  # type: ignore[arg-type]
    case("page", lambda c: c.replicas.list(page=0), "list: page 0 (1-based)"),
    # videos
    case("script/audio_url", lambda c: c.videos.create(replica_id="r1"), "video: neither script nor audio"),
    case("script/audio_url", lambda c: c.videos.create(replica_id="r1", script="s", audio_url="https://e.com/a.mp3"),
         "video: both script and audio"),
    case("background_url", lambda c: c.videos.create(replica_id="r1", script="s", background_url="file:///etc/passwd"),
         "video: file url"),
    case("video_id", lambda c: c.videos.get("v\t1"), "video get: tab"),
    case("video_id", lambda c: c.videos.delete("v\u2028"), "video delete: unicode line separator"),
    case("video_name", lambda c: c.videos.rename("v1", video_name=5), "video rename: name not str"),  # type: ignore[arg-type]
    # conversations
    case("face_id/pal_id", lambda c: c.conversations.create(), "conversation: no face nor PAL"),
    case("max_participants", lambda c: c.conversations.create(replica_id="r1", max_participants=1),
         "conversation: one participant"),
    case("test_mode", lambda c: c.conversations.create(replica_id="r1", test_mode="true"), "conversation: str bool"),  # type: ignore[arg-type]
    case("conversation_id", lambda c: c.conversations.get("c/../x"), "conversation get: traversal"),
    case("conversation_id", lambda c: c.conversations.end(""), "conversation end: empty"),
    # personas
    case("system_prompt", lambda c: c.personas.create(persona_name="P"), "persona: no system prompt"),
    case("pipeline_mode", lambda c: c.personas.create(system_prompt="s", pipeline_mode="turbo"),
         "persona: unknown pipeline"),
    case("operations", lambda c: c.personas.update(P, {"op": "replace"}), "patch: not a list"),  # type: ignore[arg-type]
    case("operations[0].op", lambda c: c.personas.update(P, [{"op": "frobnicate", "path": "/x"}]), "patch: bad op"),
    case("operations[0].path", lambda c: c.personas.update(P, [{"op": "replace", "path": "context", "value": 1}]),
         "patch: pointer without slash"),
    case("operations[0].value", lambda c: c.personas.update(P, [{"op": "replace", "path": "/context"}]),
         "patch: replace without value"),
    case("operations[0].from", lambda c: c.personas.update(P, [{"op": "move", "path": "/a"}]), "patch: move no from"),
    case("operations[0].path", lambda c: c.personas.update(P, [{"op": "add", "path": "/a~2", "value": 1}]),
         "patch: bad ~ escape"),
    case("operations", lambda c: c.personas.update(P, [{"op": "remove", "path": "/x"}], system_prompt="x"),
         "patch: ops and fields"),
    case("persona_id", lambda c: c.personas.delete("p 1"), "persona delete: space"),
    # documents, guardrails, objectives
    case("document_url", lambda c: c.documents.create(document_url="gopher://e.com/x"), "document: gopher url"),
    case("crawl.depth", lambda c: c.documents.create(document_url=V, crawl={"depth": 11}), "document: depth 11"),
    case("tags", lambda c: c.documents.update("d1", tags="a"), "document update: tags str"),  # type: ignore[arg-type]
    case("crawl.max_pages", lambda c: c.documents.recrawl("d1", crawl={"max_pages": 0}), "recrawl: max_pages 0"),
    case("limit", lambda c: c.documents.list(limit=0), "documents list: zero limit"),
    case("data", lambda c: c.guardrails.create(name="G", data="x"), "guardrails: data str"),  # type: ignore[arg-type]
    case("data[0].guardrail_prompt", lambda c: c.guardrails.create(name="G", data=[{"guardrail_name": "g"}]),
         "guardrails: item without prompt"),
    case("guardrail_id", lambda c: c.guardrails.get("g#1"), "guardrail get: #"),
    case("data[0]", lambda c: c.objectives.create(data=[1]), "objectives: item not dict"),  # type: ignore[list-item]
    case("operations", lambda c: c.objectives.update("o1", "replace"), "objective patch: str"),  # type: ignore[arg-type]
    # voices, pronunciation dictionaries, transcriptions (the 2026-05 contract)
    case("limit", lambda c: c.voices.list(limit=101), "voices: limit over 100"),
    case("sort", lambda c: c.voices.list(sort="up"), "voices: sort not asc/desc"),
    case("name", lambda c: c.pronunciation_dictionaries.create(name="n" * 256), "dictionary: name over 255"),
    case("rules[0].text", lambda c: c.pronunciation_dictionaries.create(
        name="D", rules=[{"text": "t" * 201, "pronunciation": "p", "type": "alias"}]), "dictionary: text over 200"),
    case("rules[0].pronunciation", lambda c: c.pronunciation_dictionaries.create(
        name="D", rules=[{"text": "t", "pronunciation": "p" * 501, "type": "ipa"}]), "dictionary: pronunciation > 500"),
    case("rules[0].type", lambda c: c.pronunciation_dictionaries.create(
        name="D", rules=[{"text": "t", "pronunciation": "p", "type": "phonetic"}]), "dictionary: unknown type"),
    case("rules[1].text", lambda c: c.pronunciation_dictionaries.create(
        name="D", rules=[{"text": "t", "pronunciation": "p", "type": "alias"},
                         {"text": "t", "pronunciation": "q", "type": "alias"}]), "dictionary: duplicate text"),
    case("operations[0].value[0].text", lambda c: c.pronunciation_dictionaries.update(
        "pd1", [{"op": "replace", "path": "/rules", "value": [{"text": "t" * 201, "pronunciation": "p",
                                                                 "type": "alias"}]}]), "dictionary patch: text > 200"),
    case("rules[0].pronunciation", lambda c: c.pronunciation_dictionaries.update(
        "pd1", rules=[{"text": "t"}]), "dictionary update: rule without pronunciation"),
    case("file_url", lambda c: c.transcriptions.create(file_url=7, callback_url="https://e.com/cb"),  # type: ignore[arg-type]
         "transcription: url not str"),
    case("transcription_id", lambda c: c.transcriptions.get("t/1"), "transcription get: slash"),
    # faces, cloned voices, app messages, canvas (the supplement)
    case("train_video_url/train_image_url", lambda c: c.faces.create(face_name="F"), "face: neither url"),
    case("voice_name/default_voice_id", lambda c: c.faces.create(train_image_url=IMG), "face: image without voice"),
    case("voice_name/default_voice_id", lambda c: c.faces.create(train_image_url=IMG, voice_name="anna",
                                                                  default_voice_id="v1"), "face: two voices"),
    case("train_video_url", lambda c: c.faces.create(train_video_url="file:///a.mp4"), "face: file url"),
    case("face_name", lambda c: c.faces.update("r1", face_name=" "), "face update: blank name"),
    case("default_voice_id", lambda c: c.faces.update("r1", default_voice_id=""), "face update: blank voice"),
    case("face_type", lambda c: c.faces.list(face_type="mine"), "faces: unknown face_type"),
    case("face_id", lambda c: c.faces.get("r/1"), "face get: slash"),
    case("callback_url", lambda c: c.voices.create(callback_url=1), "voice create: url not str"),  # type: ignore[arg-type]
    case("voice_id", lambda c: c.voices.get(""), "voice get: empty id"),
    case("message", lambda c: c.conversations.send_app_message("c1", "respond"), "app message: str"),  # type: ignore[arg-type]
    case("event_type", lambda c: c.conversations.send_app_message("c1", {"event_type": 1}), "app message: event_type"),
    case("type", lambda c: c.conversations.canvas.record(
        "c1", interaction_id="i", tool_call_id="t", component="canvas.question", component_version="v1",
        type="click"), "canvas: unknown type"),
    case("interaction_id", lambda c: c.conversations.canvas.record(
        "c1", interaction_id="", tool_call_id="t", component="canvas.question", component_version="v1",
        type="submit"), "canvas: empty interaction_id"),
    # PALs, tools, skills (the supplement)
    case("pal_id", lambda c: c.pals.get("p/1"), "pal get: slash"),
    case("tool_id", lambda c: c.pals.tools.detach("p1", "t?x"), "pal tool detach: query in id"),
    case("skill_id", lambda c: c.pals.skills.get("p1", ""), "pal skill get: empty id"),
    case("tool_ids", lambda c: c.pals.tools.attach("p1", tool_ids="t1"), "pal tools: ids str"),  # type: ignore[arg-type]
    case("config", lambda c: c.pals.skills.attach("p1", "presentation", config=[1]), "skill: config list"),  # type: ignore[arg-type]
    case("parameters", lambda c: c.tools.create(name="t", description="d", parameters="x"), "tool: params str"),  # type: ignore[arg-type]
    case("tool_id", lambda c: c.tools.get("t#1"), "tool get: #"),
    # deployments (the supplement)
    case("pal_id", lambda c: c.deployments.create(pal_id=7, channel="widget"), "deployment: pal_id int"),  # type: ignore[arg-type]
    case("if_match", lambda c: c.deployments.update("d1", if_match="x\ny", name="n"), "deployment: If-Match LF"),
    case("deployment_id", lambda c: c.deployments.init("d/1"), "deployment init: slash"),
    # request options
    case("extra_headers['X-A']", lambda c: c.replicas.get("r1", extra_headers={"X-A": "b\r\nX-Evil: 1"}),
         "extra header CRLF"),
    case("extra_body", lambda c: c.replicas.create(train_video_url=V, extra_body="x"), "extra_body str"),  # type: ignore[arg-type]
]  # fmt: skip


def test_the_table_is_large_enough() -> None:
    assert len(BAD_CALLS) >= 40


@pytest.mark.parametrize(("call", "field"), BAD_CALLS)
def test_bad_call_is_rejected_before_sending(call: Bad, field: str) -> None:
    with FakeTavus() as fake:
        client = fake.client()
        with pytest.raises(tavus.TavusValidationError) as info:
            call(client)
        assert info.value.field == field
        assert str(info.value).startswith(f"{field}: ")
        assert fake.requests == []
        client.close()


MISSING_OR_MISSPELT = [
    pytest.param(lambda c: c.videos.create(script="s"), "'replica_id'", id="video: no replica"),  # type: ignore[call-arg]
    pytest.param(lambda c: c.documents.create(document_name="D"), "'document_url'", id="document: no url"),  # type: ignore[call-arg]
    pytest.param(lambda c: c.replicas.create(train_video_url=V, replica_nmae="Rio"),  # type: ignore[call-arg]
                 "'replica_nmae'; did you mean 'replica_name'?", id="create: misspelt keyword"),
    pytest.param(lambda c: c.replicas.delete("r1", hrad=True), "'hrad'; did you mean 'hard'?",  # type: ignore[call-arg]
                 id="delete: misspelt keyword"),
    pytest.param(lambda c: c.replicas.list(limt=5), "'limt'; did you mean 'limit'?", id="list: misspelt keyword"),  # type: ignore[call-arg]
    pytest.param(lambda c: c.personas.update(P, sytem_prompt="x"), "did you mean 'system_prompt'?",  # type: ignore[call-arg]
                 id="update: misspelt field"),
]  # fmt: skip


@pytest.mark.parametrize(("call", "message"), MISSING_OR_MISSPELT)
def test_a_missing_or_misspelt_keyword_is_a_type_error_and_sends_nothing(call: Bad, message: str) -> None:
    """Before: `replica_nmae` was swallowed by **options and a replica was trained without a name."""
    with FakeTavus() as fake:
        client = fake.client()
        with pytest.raises(TypeError, match=re.escape(message)):
            call(client)
        assert fake.requests == []
        client.close()
