"""Response bodies built from the spec's examples, and the MockTransport every contender shares."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

BASE_URL = "https://tavusapi.com"
API_KEY = "bench-key"
REPLICA_ID = "r783537ef5"

REPLICA: dict[str, Any] = {
    "replica_id": REPLICA_ID,
    "replica_name": "My Replica",
    "thumbnail_video_url": "https://cdn.example.com/r783537ef5/thumb.mp4",
    "training_progress": "100/100",
    "status": "completed",
    "created_at": "2024-01-24T07:14:03.327Z",
    "updated_at": "2024-01-24T07:14:03.327Z",
    "error_message": None,
    "replica_type": "user",
}
CREATE_BODY: dict[str, Any] = {"train_video_url": "https://example.com/v.mp4", "replica_name": "Rio"}
CREATED: dict[str, Any] = {"replica_id": "r90bbd427f71", "status": "started"}

_TOOL = {
    "type": "function",
    "function": {
        "name": "get_current_weather",
        "description": "Get the current weather in a given location",
        "parameters": {
            "type": "object",
            "properties": {
                "location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["location"],
        },
    },
}
_PERCEPTION_TOOL = {
    "type": "function",
    "function": {
        "name": "notify_if_id_shown",
        "description": "Use this function when a drivers license or passport is detected in the image.",
        "parameters": {
            "type": "object",
            "properties": {"id_type": {"type": "string", "description": "best guess on what type of ID it is"}},
            "required": ["id_type"],
        },
    },
}


def persona(i: int) -> dict[str, Any]:
    """A List Personas item as in the contract's example (every layer filled, 2026-05 names), with a distinct id."""
    return {
        "persona_id": f"p{5317866 + i}",
        "persona_name": "Life Coach",
        "system_prompt": "As a Life Coach, you are a dedicated professional who specializes in...",
        "default_replica_id": "r79e1c033f",
        "document_ids": ["d1234567890", "d2468101214"],
        "document_tags": ["product_info", "company_policies"],
        "layers": {
            "llm": {"model": "tavus-gpt-oss", "base_url": "your-base-url", "api_key": "your-api-key", "tools": [_TOOL]},
            "tts": {
                "api_key": "your-api-key",
                "tts_engine": "cartesia",
                "external_voice_id": "external-voice-id",
                "voice_settings": {"speed": 0.5, "emotion": ["positivity:high", "curiosity"]},
                "tts_emotion_control": "false",
                "tts_model_name": "sonic",
            },
            "perception": {
                "perception_model": "raven-0",
                "visual_awareness_queries": [
                    "Is the user showing an ID card?",
                    "Does the user appear distressed or uncomfortable?",
                ],
                "visual_tool_prompt": "You have a tool to notify the system when an ID card is detected.",
                "visual_tools": [_PERCEPTION_TOOL],
            },
            "stt": {
                "stt_engine": "tavus-auto",
                "hotwords": "This is a hotword example",
            },
        },
        "created_at": "2024-01-24T07:14:03.327Z",
        "updated_at": "2024-01-24T07:14:03.327Z",
    }


def _dumps(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


REPLICA_BYTES = _dumps(REPLICA)
CREATED_BYTES = _dumps(CREATED)
PERSONAS_BYTES = _dumps({"data": [persona(i) for i in range(100)], "total_count": 100})
_JSON = {"content-type": "application/json"}


def _answer(body: bytes) -> httpx.Response:
    return httpx.Response(200, headers=_JSON, content=body)


def fixed_handler(request: httpx.Request) -> httpx.Response:
    """The same bytes for every contender: one dict lookup on (method, path)."""
    route = (request.method, request.url.path)
    if route == ("GET", f"/v2/replicas/{REPLICA_ID}"):
        return _answer(REPLICA_BYTES)
    if route == ("POST", "/v2/replicas"):
        return _answer(CREATED_BYTES)
    if route == ("GET", "/v2/personas"):
        return _answer(PERSONAS_BYTES)
    return httpx.Response(404, headers=_JSON, content=b'{"message":"not found"}')


def paged_handler(total: int) -> Callable[[httpx.Request], httpx.Response]:
    """GET /v2/replicas from an in-memory list of `total` replicas, sliced by `limit`/`page` (1-based)."""
    items = [{**REPLICA, "replica_id": f"r{i:09d}"} for i in range(total)]

    def handler(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params.get("limit", "10"))
        page = int(request.url.params.get("page", "1"))
        start = (page - 1) * limit
        return _answer(_dumps({"data": items[start : start + limit], "total_count": total}))

    return handler
