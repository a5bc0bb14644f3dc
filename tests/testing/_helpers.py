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


def objectives(http: httpx.Client, **body: Any) -> str:
    payload = {"data": [{"objective_name": "ask_name", "objective_prompt": "Ask for the name."}], **body}
    objectives_id: str = ok(http.post("/v2/objectives", json=payload))["objectives_id"]
    return objectives_id
