"""The SDK's resources for the operations the 2026 contract added, end to end against the fake:
`client.voices`, `client.pronunciation_dictionaries`, `client.transcriptions`, and the deprecated
`client.lipsync` and `client.replacements`; plus the renamed fields of existing resources."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

import tavus
from tavus.testing import FakeTavus

RULE = {"text": "Tavus", "pronunciation": "TAH-vus", "type": "alias"}
FILE_URL = "https://example.com/talk.mp4"
HOOK = "http://127.0.0.1:9/hook"
FAIL = FakeTavus.FAIL_MARKER


@pytest.fixture
def client(fake: FakeTavus) -> Iterator[tavus.Tavus]:
    with fake.client() as client:
        yield client


def test_voices_list_and_iter(client: tavus.Tavus) -> None:
    page = client.voices.list(limit=3)
    assert (page.page, page.limit, len(page.data)) == (1, 3, 3)
    assert page.total_count is not None
    assert page.total_count > 3
    assert page.data[0].voice_name == "anna"
    assert page.data[0].replica_id == FakeTavus.STOCK_REPLICA_ID
    everyone = [str(v.voice_name) for v in client.voices.iter(limit=2)]  # walks every page
    assert len(everyone) == page.total_count
    assert everyone == sorted(everyone)
    assert [v.voice_name for v in client.voices.list(search="ann").data] == ["anna"]
    assert [v.voice_name for v in client.voices.list(sort="desc", limit=1).data] == [everyone[-1]]
    assert all(
        any(t.tag_name == "spanish" for t in v.tags)  # type: ignore[union-attr]
        for v in client.voices.list(tag="Spanish").data
    )
    assert client.voices.list(page=2, limit=2).data[0].voice_name == everyone[2]


def test_an_image_replica_with_a_listed_voice(fake: FakeTavus, client: tavus.Tavus) -> None:
    voice = client.voices.list(limit=1).data[0]
    created = client.replicas.create(train_image_url="https://example.com/me.png", voice_name=str(voice.voice_name))
    assert client.replicas.wait(str(created.replica_id), poll_interval=60).status == "completed"


def test_pronunciation_dictionaries_crud(fake: FakeTavus, client: tavus.Tavus) -> None:
    created = client.pronunciation_dictionaries.create(name="Brand Terms", rules=[RULE])
    dictionary_id = str(created.pronunciation_dictionary_id)
    assert (created.name, created.rules_count) == ("Brand Terms", 1)
    got = client.pronunciation_dictionaries.get(dictionary_id)
    assert got.rules[0].to_dict() == {**RULE, "case_sensitive": False, "word_boundaries": True}  # type: ignore[index]
    listed = client.pronunciation_dictionaries.list()
    assert (listed.page, [d.pronunciation_dictionary_id for d in listed.data]) == (0, [dictionary_id])
    fake.advance(5)
    renamed = client.pronunciation_dictionaries.update(dictionary_id, name="Names")
    assert renamed is not None
    assert (renamed.name, renamed.updated_at) == ("Names", "2025-01-01T00:00:05.000Z")
    assert client.pronunciation_dictionaries.update(dictionary_id, name="Names") is None  # 304: nothing changed
    rules = [{"text": "CVI", "pronunciation": "conversational video interface", "type": "alias"}]
    patched = client.pronunciation_dictionaries.update(
        dictionary_id, [{"op": "replace", "path": "/rules", "value": rules}]
    )
    assert patched is not None
    assert [r.text for r in patched.rules] == ["CVI"]  # type: ignore[union-attr]
    client.pronunciation_dictionaries.delete(dictionary_id)
    with pytest.raises(tavus.NotFoundError, match="Pronunciation dictionary not found"):
        client.pronunciation_dictionaries.get(dictionary_id)
    assert fake.executed("patchPronunciationDictionary") == 3


def test_pronunciation_dictionaries_iterate_zero_based_pages(fake: FakeTavus, client: tavus.Tavus) -> None:
    for n in range(5):
        client.pronunciation_dictionaries.create(name=f"D{n}")
        fake.advance(1)
    names = [d.name for d in client.pronunciation_dictionaries.iter(limit=2, sort="asc")]
    assert names == ["D0", "D1", "D2", "D3", "D4"]
    pages = [r.query.get("page") for r in fake.requests if r.operation_id == "listPronunciationDictionaries"]
    assert pages == ["0", "1", "2"]


def test_the_sdk_and_the_fake_refuse_the_same_dictionaries(fake: FakeTavus, client: tavus.Tavus) -> None:
    with pytest.raises(tavus.TavusValidationError) as sdk:
        client.pronunciation_dictionaries.create(name="B", rules=[RULE, RULE])
    assert fake.requests == []  # refused before sending
    with pytest.raises(tavus.BadRequestError) as served:
        client.request("POST", "/v2/pronunciation-dictionaries", json={"name": "B", "rules": [RULE, RULE]})
    assert str(sdk.value) in str(served.value)


def test_transcriptions_create_wait_list_delete(fake: FakeTavus, client: tavus.Tavus) -> None:
    created = client.transcriptions.create(file_url=FILE_URL, callback_url=HOOK)
    transcription_id = str(created.transcription_id)
    assert created.status == "started"
    start = fake.now()
    done = client.transcriptions.wait(transcription_id, poll_interval=10)
    assert (done.status, bool(done.text)) == ("completed", True)
    assert fake.now() - start >= fake.settings.transcription_seconds
    assert fake.callbacks[-1] == (HOOK, done.to_dict())
    assert [t.transcription_id for t in client.transcriptions.list().data] == [transcription_id]
    assert [t.transcription_id for t in client.transcriptions.iter(limit=1)] == [transcription_id]
    client.transcriptions.delete(transcription_id)
    with pytest.raises(tavus.BadRequestError, match="Invalid transcription_id"):
        client.transcriptions.get(transcription_id)


def test_waiting_for_a_failing_transcription_raises(client: tavus.Tavus) -> None:
    created = client.transcriptions.create(file_url=f"https://example.com/{FAIL}.mp4", callback_url=HOOK)
    with pytest.raises(tavus.TavusError) as info:
        client.transcriptions.wait(str(created.transcription_id), poll_interval=10)
    assert type(info.value).__name__ == "TranscriptionError"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_lipsync_crud(fake: FakeTavus, client: tavus.Tavus) -> None:
    created = client.lipsync.create(
        original_video_url=FILE_URL, source_audio_url="https://example.com/a.mp3", lipsync_name="Dubbed"
    )
    lipsync_id = str(created.lipsync_id)
    assert (created.status, created.request_id) == ("started", lipsync_id)
    fake.advance(fake.settings.lipsync_seconds)
    got = client.lipsync.get(lipsync_id)
    assert (got.status, got.lipsync_name) == ("completed", "Dubbed")
    assert str(got.video_url).endswith(".mp4")
    assert [item.lipsync_id for item in client.lipsync.list().data] == [lipsync_id]
    client.lipsync.delete(lipsync_id)
    assert client.lipsync.list().total_count == 0


def test_lipsync_and_replacements_warn_that_they_are_deprecated(client: tavus.Tavus) -> None:
    with pytest.warns(DeprecationWarning, match="no longer supported"):
        client.lipsync.list()
    with pytest.warns(DeprecationWarning, match="no longer supported"):
        client.replacements.list()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_replacements_crud(fake: FakeTavus, client: tavus.Tavus) -> None:
    transcription = client.transcriptions.create(file_url=FILE_URL, callback_url=HOOK)
    created = client.replacements.create(
        original_video_url=FILE_URL,
        new_transcript="Hello Jane!",
        transcription_id=str(transcription.transcription_id),
        replacement_name="For Jane",
    )
    replacement_id = str(created.replacement_id)
    fake.advance(fake.settings.replacement_seconds)
    got = client.replacements.get(replacement_id)
    assert (got.status, got.replacement_name) == ("completed", "For Jane")
    assert [r.replacement_id for r in client.replacements.list().data] == [replacement_id]
    client.replacements.delete(replacement_id)
    with pytest.raises(tavus.BadRequestError, match="Invalid replacement_id"):
        client.replacements.get(replacement_id)


def test_the_async_client_on_the_new_resources(fake: FakeTavus) -> None:
    async def scenario() -> list[Any]:
        async with fake.async_client() as client:
            voices = await client.voices.list(limit=1)
            created = await client.pronunciation_dictionaries.create(name="Async")
            transcription = await client.transcriptions.create(file_url=FILE_URL, callback_url=HOOK)
            done = await client.transcriptions.wait(str(transcription.transcription_id), poll_interval=10)
            return [voices.data[0].voice_name, created.name, done.status]

    assert asyncio.run(scenario()) == ["anna", "Async", "completed"]


def test_documents_report_an_integer_progress(fake: FakeTavus, client: tavus.Tavus) -> None:
    document = client.documents.create(document_url="https://docs.example.com/guide")
    fake.advance(fake.settings.document_processing_seconds / 2)
    got = client.documents.get(str(document.document_id))
    assert (got.status, got.progress) == ("processing", 50)


def test_videos_list_from_page_zero(fake: FakeTavus, client: tavus.Tavus) -> None:
    ids = [str(client.videos.create(replica_id=FakeTavus.STOCK_REPLICA_ID, script=f"v{n}").video_id) for n in range(3)]
    assert [v.video_id for v in client.videos.iter(limit=2)] == ids[::-1]
    pages = [r.query.get("page") for r in fake.requests if r.operation_id == "listVideos"]
    assert pages == ["0", "1"]


def test_renamed_persona_and_objective_fields(fake: FakeTavus, client: tavus.Tavus) -> None:
    objectives = client.objectives.create(
        data=[
            {"objective_name": "ask_name", "objective_prompt": "Ask.", "next_required_objective": "ask_email"},
            {"objective_name": "ask_email", "objective_prompt": "Ask for the email."},
        ]
    )
    got = client.objectives.get(objectives.objectives_id)
    assert got.next_required_objective == "ask_email"
    layers = {"perception": {"perception_model": "raven-2", "visual_awareness_queries": ["Is someone there?"]}}
    persona = client.personas.create(system_prompt="Be kind.", objectives_id=objectives.objectives_id, layers=layers)
    stored = client.personas.get(persona.persona_id)
    assert stored.to_dict()["layers"]["perception"] == layers["perception"]
