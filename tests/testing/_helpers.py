"""Small builders for the fake's tests: resources in the state a test needs."""

from __future__ import annotations

from typing import Any

import httpx

from tavus.testing import FakeTavus

VIDEO_URL = "https://example.com/train.mp4"
HOOK = "http://127.0.0.1:9/hook"


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


def replica(http: httpx.Client, fake: FakeTavus, *, trained: bool = True, **body: Any) -> str:
    replica_id: str = ok(http.post("/v2/replicas", json={"train_video_url": VIDEO_URL, **body}))["replica_id"]
    if trained:
        fake.advance(fake.settings.replica_training_seconds)
    return replica_id


def video(http: httpx.Client, replica_id: str, **body: Any) -> str:
    video_id: str = ok(http.post("/v2/videos", json={"replica_id": replica_id, "script": "Hello!", **body}))["video_id"]
    return video_id


def persona(http: httpx.Client, **body: Any) -> str:
    payload = {"persona_name": "Coach", "system_prompt": "You coach.", **body}
    persona_id: str = ok(http.post("/v2/personas", json=payload))["persona_id"]
    return persona_id


def pal(http: httpx.Client, **body: Any) -> str:
    """A PAL (the supplement's Create PAL) on the stock face; its id (a persona's too)."""
    face_id = FakeTavus.STOCK_REPLICA_ID
    payload = {"pal_name": "Coach", "system_prompt": "You coach.", "default_face_id": face_id, **body}
    pal_id: str = ok(http.post("/v2/pals", json=payload))["pal_id"]
    return pal_id


def tool(http: httpx.Client, **body: Any) -> str:
    payload = {"name": "get_weather", "description": "The weather in a city.", **body}
    tool_id: str = ok(http.post("/v2/tools", json=payload))["tool_id"]
    return tool_id


def conversation(http: httpx.Client, replica_id: str, **body: Any) -> str:
    conversation_id: str = ok(http.post("/v2/conversations", json={"replica_id": replica_id, **body}))[
        "conversation_id"
    ]
    return conversation_id


def document(http: httpx.Client, **body: Any) -> str:
    payload = {"document_url": "https://docs.example.com/guide", **body}
    document_id: str = ok(http.post("/v2/documents", json=payload))["document_id"]
    return document_id


def guardrails(http: httpx.Client, **body: Any) -> str:
    payload = {"name": "Safety", "data": [{"guardrail_name": "no_medical", "guardrail_prompt": "No advice."}], **body}
    guardrails_id: str = ok(http.post("/v2/guardrails", json=payload))["guardrails_id"]
    return guardrails_id


def guardrail(http: httpx.Client, **body: Any) -> str:
    """One individual guardrail (the supplement's Create Guardrails); its uuid."""
    payload = {"guardrail_name": "no_prices", "guardrail_prompt": "Never quote prices.", **body}
    uuid: str = ok(http.post("/v2/guardrails", json=payload))["uuid"]
    return uuid


def objectives(http: httpx.Client, **body: Any) -> str:
    payload = {"data": [{"objective_name": "ask_name", "objective_prompt": "Ask for the name."}], **body}
    objectives_id: str = ok(http.post("/v2/objectives", json=payload))["objectives_id"]
    return objectives_id


RULE = {"text": "Tavus", "pronunciation": "TAH-vus", "type": "alias"}
FILE_URL = "https://example.com/talk.mp4"


def dictionary(http: httpx.Client, **body: Any) -> str:
    payload = {"name": "Brand Terms", "rules": [RULE], **body}
    dictionary_id: str = ok(http.post("/v2/pronunciation-dictionaries", json=payload), 201)[
        "pronunciation_dictionary_id"
    ]
    return dictionary_id


def transcription(http: httpx.Client, **body: Any) -> str:
    payload = {"file_url": FILE_URL, "callback_url": HOOK, **body}
    transcription_id: str = ok(http.post("/v2/transcriptions", json=payload))["transcription_id"]
    return transcription_id


def lipsync(http: httpx.Client, **body: Any) -> str:
    payload = {"original_video_url": FILE_URL, "source_audio_url": "https://example.com/voice.mp3", **body}
    lipsync_id: str = ok(http.post("/v2/lipsync", json=payload))["lipsync_id"]
    return lipsync_id


def replacement(http: httpx.Client, **body: Any) -> str:
    payload = {"original_video_url": FILE_URL, "new_transcript": "Hello Jane!", **body}
    replacement_id: str = ok(http.post("/v2/replacements", json=payload))["replacement_id"]
    return replacement_id


def deployment(http: httpx.Client, pal_id: str, **body: Any) -> str:
    payload = {"pal_id": pal_id, "channel": "widget", **body}
    deployment_id: str = ok(http.post("/v2/deployments", json=payload))["deployment_id"]
    return deployment_id
