"""User code that must type-check under mypy --strict with zero errors."""

from __future__ import annotations

import asyncio
from typing import Any

import tavus
from tavus.types import PersonaLayersParam, PronunciationRuleParam, Replica


def show(state: tavus.JobState[object]) -> None:  # one progress printer for every wait()
    print(state.status, state.progress)


def waits(client: tavus.Tavus) -> None:
    client.replicas.wait("r1", on_progress=show)
    client.videos.wait("v1", on_progress=show)
    client.documents.wait("d1", on_progress=show)
    client.transcriptions.wait("t1", on_progress=show)


def pages(client: tavus.Tavus) -> list[str]:
    ids = []
    for replica in client.replicas.list(limit=50):  # every page
        ids.append(replica.replica_id)
    first = client.personas.list()
    print(len(first.data), first.has_next_page())
    return [str(i) for i in ids]


def raw(client: tavus.Tavus) -> Replica:
    response = client.replicas.with_raw_response.get("r1")
    print(response.status_code, response.headers["content-type"])
    parsed: Replica = response.parse()
    also = client.with_raw_response.replicas.get("r1").parse()
    return also if parsed.replica_id else parsed


async def async_code(client: tavus.AsyncTavus) -> None:
    async def on_progress(state: tavus.JobState[object]) -> None:
        await asyncio.sleep(0)

    await client.replicas.wait("r1", on_progress=on_progress)
    await client.videos.wait("v1", on_progress=show)
    page = await client.conversations.list()
    async for conversation in page:
        print(conversation.conversation_id)
    async for persona in client.personas.iter():
        print(persona.persona_id)
    raw_page = await client.replicas.with_raw_response.list()
    print(raw_page.parse().total_count)


def errors(client: tavus.Tavus) -> None:
    try:
        client.replicas.get("r-does-not-exist")
    except tavus.NotFoundError as e:
        print(e.status_code, e.message)


def describe(replica: Replica) -> str:  # issue 15: one class for list items and get results
    return f"{replica.replica_id}: {replica.replica_name or '(unnamed)'} {replica.status}"


def models(client: tavus.Tavus) -> list[str]:
    lines = [describe(r) for r in client.replicas.iter()]
    lines.append(describe(client.replicas.get("r1")))
    lines.append(describe(client.replicas.wait("r1")))
    prompt: str | None = client.personas.get("p1").system_prompt  # the persona, not a {data: [...]} wrapper
    layers = client.personas.get("p1").layers
    model = layers.llm.model if layers is not None and layers.llm is not None else None
    video = client.videos.get("v1")
    if video.download_url is not None:
        lines.append(video.download_url)
    return [*lines, prompt or "", model or ""]


def request_dicts(client: tavus.Tavus, loose: dict[str, Any]) -> None:  # TypedDicts, or plain dicts
    layers: PersonaLayersParam = {"llm": {"model": "tavus-gpt-oss", "speculative_inference": True}}
    client.personas.create(system_prompt="Be kind.", layers=layers)
    client.personas.create(system_prompt="Be kind.", layers={"tts": {"tts_engine": "cartesia"}})
    client.personas.create(system_prompt="Be kind.", layers=loose)
    rule: PronunciationRuleParam = {"text": "Tavus", "pronunciation": "TAH-vus", "type": "alias"}
    client.pronunciation_dictionaries.create(name="brand", rules=[rule, loose])
    client.conversations.create(replica_id="r1", properties={"max_call_duration": 600})
