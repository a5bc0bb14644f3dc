"""All the methods, sync and async, against respx: the exact request sent and the type returned (issue 3).

One table row per operationId: the call, the request it must produce, the response the server
gives, and what the method returns (a generated model, a Page, or None).
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

import httpx
import pytest
import respx

from tavus import AsyncPage, Page, __version__
from tavus._operations import OPERATIONS

from .conftest import API_KEY

PAGE = "page"


@dataclass(frozen=True)
class Case:
    op: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    body: Any = None  # None: no request body
    status: int = 200
    response: Any = None  # None: empty response body
    returns: str | None = None  # generated model class name, PAGE, "list[<model>]", or None
    keyless: bool = False  # the contract's `security: []`: sent without the API key
    headers: dict[str, str] = field(default_factory=dict)  # header parameters (If-Match)


R = {"replica_id": "r1", "status": "started"}
DOC = {"document_id": "d1", "document_name": "D", "status": "processing", "progress": 10}
PERSONA = {"persona_id": "p1", "persona_name": "P", "created_at": "2024-01-01"}
GUARD_ITEM = {"guardrail_name": "g", "guardrail_prompt": "Never discuss prices", "modality": "verbal"}
GUARDRAIL_BODY = {**GUARD_ITEM, "tags": ["pricing"], "app_message": False}
OBJ_ITEM = {"objective_name": "o", "objective_prompt": "Ask the name", "confirmation_mode": "auto"}
RULE = {"text": "Tavus", "pronunciation": "TAH-vus", "type": "alias"}
PAL = {"pal_id": "p1", "pal_name": "P", "default_face_id": "r1"}
TOOL = {"tool_id": "t1", "name": "get_weather", "description": "Weather", "delivery": {"app_message": True}}
SKILL = {"skill_id": "presentation", "config": {"document_ids": ["d1"]}, "attached_at": "2026-06-10T14:30:45"}
DEPLOYMENT = {"deployment_id": "d1", "pal_id": "p1", "channel": "widget", "status": "active", "name": "W"}
STARTED = {"conversation_id": "c1", "conversation_url": "https://tavus.daily.co/c1", "status": "active"}

CASES = [
    Case(
        "createReplica", (),
        {"train_video_url": "https://e.com/t.mp4", "replica_name": "Rio", "callback_url": "https://e.com/cb",
         "model_name": "phoenix-4", "properties": {"background_green_screen": True}},
        "POST", "/v2/replicas",
        body={"train_video_url": "https://e.com/t.mp4", "replica_name": "Rio", "callback_url": "https://e.com/cb",
              "model_name": "phoenix-4", "properties": {"background_green_screen": True}},
        response=R, returns="Replica",
    ),
    Case(
        "listReplicas", (), {"limit": 10, "page": 2, "verbose": True, "replica_type": "user", "replica_ids": "r1,r2"},
        "GET", "/v2/replicas",
        query={"limit": "10", "page": "2", "verbose": "true", "replica_type": "user", "replica_ids": "r1,r2"},
        response={"data": [{"replica_id": "r1"}], "total_count": 11}, returns=PAGE,
    ),
    Case("getReplica", ("r1",), {"verbose": True}, "GET", "/v2/replicas/r1", query={"verbose": "true"},
         response={**R, "training_progress": "10/100"}, returns="Replica"),
    Case("deleteReplica", ("r1",), {"hard": True}, "DELETE", "/v2/replicas/r1", query={"hard": "true"}),
    Case("renameReplica", ("r1",), {"replica_name": "New"}, "PATCH", "/v2/replicas/r1/name",
         body={"replica_name": "New"}),
    Case(
        "generateVideo", (), {"replica_id": "r1", "script": "Hello", "video_name": "v", "fast": True},
        "POST", "/v2/videos", body={"replica_id": "r1", "script": "Hello", "video_name": "v", "fast": True},
        response={"video_id": "v1", "status": "queued"}, returns="Video",
    ),
    Case("listVideos", (), {"limit": 5, "page": 3}, "GET", "/v2/videos", query={"limit": "5", "page": "3"},
         response={"data": [{"video_id": "v1"}], "total_count": 11}, returns=PAGE),
    Case("getVideo", ("v1",), {"verbose": True}, "GET", "/v2/videos/v1", query={"verbose": "true"},
         response={"video_id": "v1", "status": "ready"}, returns="Video"),
    Case("deleteVideo", ("v1",), {"hard": False}, "DELETE", "/v2/videos/v1", query={"hard": "false"}),
    Case("renameVideo", ("v1",), {"video_name": "N"}, "PATCH", "/v2/videos/v1/name", body={"video_name": "N"}),
    Case(
        "createConversation", (),
        {"face_id": "r1", "pal_id": "p1", "conversation_name": "c", "test_mode": True, "max_participants": 2,
         "document_ids": ["d1"], "properties": {"max_call_duration": 60}},
        "POST", "/v2/conversations",
        body={"face_id": "r1", "pal_id": "p1", "conversation_name": "c", "test_mode": True,
              "max_participants": 2, "document_ids": ["d1"], "properties": {"max_call_duration": 60}},
        response={"conversation_id": "c1", "conversation_url": "https://tavus.daily.co/c1", "status": "active"},
        returns="Conversation",
    ),
    Case("listConversations", (), {"limit": 10, "status": "active"}, "GET", "/v2/conversations",
         query={"limit": "10", "page": "1", "status": "active"},
         response={"data": [{"conversation_id": "c1"}], "total_count": 1}, returns=PAGE),
    Case("getConversation", ("c1",), {}, "GET", "/v2/conversations/c1",
         response={"conversation_id": "c1", "status": "ended"}, returns="Conversation"),
    Case("deleteConversation", ("c1",), {"hard": True}, "DELETE", "/v2/conversations/c1", query={"hard": "true"},
         status=204),
    Case("endConversation", ("c1",), {}, "POST", "/v2/conversations/c1/end"),
    Case(
        "createPersona", (),
        {"persona_name": "P", "system_prompt": "S", "objectives_id": "o1", "guardrails_id": "g1",
         "default_replica_id": "r1", "layers": {"perception": {"perception_model": "raven-1",
                                                               "visual_awareness_queries": ["Is there a cat?"]}}},
        "POST", "/v2/personas",
        body={"persona_name": "P", "system_prompt": "S", "objectives_id": "o1", "guardrails_id": "g1",
              "default_replica_id": "r1", "layers": {"perception": {"perception_model": "raven-1",
                                                                    "visual_awareness_queries": ["Is there a cat?"]}}},
        response=PERSONA, returns="Persona",
    ),
    Case("listPersonas", (), {"persona_type": "user"}, "GET", "/v2/personas",
         query={"page": "1", "persona_type": "user"},
         response={"data": [{"persona_id": "p1"}], "total_count": 1}, returns=PAGE),
    Case("getPersona", ("p1",), {}, "GET", "/v2/personas/p1", response={"data": [PERSONA]},
         returns="Persona"),
    Case("patchPersona", ("p1", [{"op": "replace", "path": "/system_prompt", "value": "x"}]), {}, "PATCH",
         "/v2/personas/p1", body=[{"op": "replace", "path": "/system_prompt", "value": "x"}]),
    Case("deletePersona", ("p1",), {}, "DELETE", "/v2/personas/p1", status=204),
    Case(
        "createDocument", (),
        {"document_url": "https://e.com/doc.pdf", "document_name": "D", "tags": ["a"],
         "crawl": {"depth": 2, "max_pages": 10}},
        "POST", "/v2/documents",
        body={"document_url": "https://e.com/doc.pdf", "document_name": "D", "tags": ["a"],
              "crawl": {"depth": 2, "max_pages": 10}},
        response=DOC, returns="Document",
    ),
    Case(
        "listDocuments", (), {"limit": 10, "sort": "ascending", "status": "ready", "name_or_uuid": "x", "tags": "a,b"},
        "GET", "/v2/documents",
        query={"limit": "10", "page": "0", "sort": "ascending", "status": "ready", "name_or_uuid": "x", "tags": "a,b"},
        response={"data": [DOC], "total_count": 1, "page": 0, "limit": 10}, returns=PAGE,
    ),
    Case("getDocument", ("d1",), {}, "GET", "/v2/documents/d1", response=DOC, returns="Document"),
    Case("patchDocument", ("d1",), {"document_name": "N", "tags": ["t"]}, "PATCH", "/v2/documents/d1",
         body={"document_name": "N", "tags": ["t"]}, response=DOC, returns="Document"),
    Case("deleteDocument", ("d1",), {}, "DELETE", "/v2/documents/d1", status=204),
    Case("recrawlDocument", ("d1",), {"crawl": {"depth": 1}}, "POST", "/v2/documents/d1/recrawl",
         body={"crawl": {"depth": 1}}, status=202, response=DOC, returns="Document"),
    Case("createGuardrails", (), GUARDRAIL_BODY, "POST", "/v2/guardrails", body=GUARDRAIL_BODY,
         response={"uuid": "g1", **GUARDRAIL_BODY}, returns="Guardrail"),
    Case("listGuardrails", (), {"legacy": False, "limit": 3, "tags": ["a", "b"]}, "GET", "/v2/guardrails",
         query={"legacy": "false", "limit": "3", "page": "0", "tags": "a,b"},
         response={"data": [{"uuid": "g1"}], "total_count": 1}, returns=PAGE),
    Case("getGuardrails", ("g1",), {}, "GET", "/v2/guardrails/g1", response={"uuid": "g1", **GUARDRAIL_BODY},
         returns="Guardrail"),
    Case("patchGuardrails", ("g1", [{"op": "replace", "path": "/guardrail_prompt", "value": "x"}]), {},
         "PATCH", "/v2/guardrails/g1", body=[{"op": "replace", "path": "/guardrail_prompt", "value": "x"}],
         response={"uuid": "g1", "guardrail_prompt": "x"}, returns="Guardrail"),
    Case("deleteGuardrails", ("g1",), {}, "DELETE", "/v2/guardrails/g1", status=204),
    Case("createObjectives", (), {"data": [OBJ_ITEM]}, "POST", "/v2/objectives", body={"data": [OBJ_ITEM]},
         response={"objectives_id": "o1", "objective_name": "o", "status": "active"},
         returns="Objectives"),
    Case("getObjectives", (), {"limit": 3}, "GET", "/v2/objectives", query={"limit": "3", "page": "1"},
         response={"data": [{"objectives_id": "o1"}], "total_count": 1}, returns=PAGE),
    Case("getObjective", ("o1",), {}, "GET", "/v2/objectives/o1", response={"data": [OBJ_ITEM]},
         returns="Objective"),
    Case("patchObjective", ("o1", [{"op": "remove", "path": "/output_variables"}]), {}, "PATCH", "/v2/objectives/o1",
         body=[{"op": "remove", "path": "/output_variables"}], response={"message": "ok"},
         returns="PatchObjectiveResponse200"),
    Case("deleteObjective", ("o1",), {}, "DELETE", "/v2/objectives/o1", status=204),
    Case("getVoices", (), {"limit": 20, "search": "an", "sort": "desc", "tag": "news"}, "GET", "/v2/voices",
         query={"limit": "20", "page": "1", "search": "an", "sort": "desc", "tag": "news"},
         response={"data": [{"voice_name": "anna"}], "total_count": 1}, returns=PAGE),
    Case("createPronunciationDictionary", (), {"name": "Brand", "rules": [RULE]}, "POST",
         "/v2/pronunciation-dictionaries", body={"name": "Brand", "rules": [RULE]}, status=201,
         response={"pronunciation_dictionary_id": "pd1", "name": "Brand"},
         returns="PronunciationDictionary"),
    Case("listPronunciationDictionaries", (), {"limit": 5, "sort": "asc"}, "GET", "/v2/pronunciation-dictionaries",
         query={"limit": "5", "page": "0", "sort": "asc"},
         response={"data": [{"pronunciation_dictionary_id": "pd1"}], "total_count": 1}, returns=PAGE),
    Case("getPronunciationDictionary", ("pd1",), {}, "GET", "/v2/pronunciation-dictionaries/pd1",
         response={"pronunciation_dictionary_id": "pd1", "name": "Brand"},
         returns="PronunciationDictionary"),
    Case("patchPronunciationDictionary", ("pd1",), {"name": "New"}, "PATCH", "/v2/pronunciation-dictionaries/pd1",
         body=[{"op": "replace", "path": "/name", "value": "New"}],
         response={"pronunciation_dictionary_id": "pd1", "name": "New"},
         returns="PronunciationDictionary"),
    Case("deletePronunciationDictionary", ("pd1",), {}, "DELETE", "/v2/pronunciation-dictionaries/pd1", status=204),
    Case("createTranscription", (), {"file_url": "https://e.com/a.mp4", "callback_url": "https://e.com/cb"}, "POST",
         "/v2/transcriptions", body={"file_url": "https://e.com/a.mp4", "callback_url": "https://e.com/cb"},
         response={"transcription_id": "t1", "status": "started"}, returns="Transcription"),
    Case("listTranscriptions", (), {"limit": 2}, "GET", "/v2/transcriptions", query={"limit": "2", "page": "1"},
         response={"data": [{"transcription_id": "t1"}], "total_count": 1}, returns=PAGE),
    Case("getTranscription", ("t1",), {}, "GET", "/v2/transcriptions/t1",
         response={"transcription_id": "t1", "status": "completed", "text": "hi"},
         returns="Transcription"),
    Case("deleteTranscription", ("t1",), {}, "DELETE", "/v2/transcriptions/t1", status=204),
    Case("createLipsync", (), {"original_video_url": "https://e.com/v.mp4", "source_audio_url": "https://e.com/a.mp3"},
         "POST", "/v2/lipsync",
         body={"original_video_url": "https://e.com/v.mp4", "source_audio_url": "https://e.com/a.mp3"},
         response={"lipsync_id": "l1", "status": "started"}, returns="Lipsync"),
    Case("listLipsyncs", (), {"limit": 2}, "GET", "/v2/lipsync", query={"limit": "2", "page": "1"},
         response={"data": [{"lipsync_id": "l1"}], "total_count": 1}, returns=PAGE),
    Case("getLipsync", ("l1",), {}, "GET", "/v2/lipsync/l1", response={"lipsync_id": "l1", "status": "ready"},
         returns="Lipsync"),
    Case("deleteLipsync", ("l1",), {}, "DELETE", "/v2/lipsync/l1", status=204),
    Case("createReplacement", (), {"original_video_url": "https://e.com/v.mp4", "new_transcript": "Hi"}, "POST",
         "/v2/replacements", body={"original_video_url": "https://e.com/v.mp4", "new_transcript": "Hi"},
         response={"replacement_id": "w1", "status": "started"}, returns="Replacement"),
    Case("listReplacements", (), {"limit": 2}, "GET", "/v2/replacements", query={"limit": "2", "page": "1"},
         response={"data": [{"replacement_id": "w1"}], "total_count": 1}, returns=PAGE),
    Case("getReplacement", ("w1",), {}, "GET", "/v2/replacements/w1",
         response={"replacement_id": "w1", "status": "ready"}, returns="Replacement"),
    Case("deleteReplacement", ("w1",), {}, "DELETE", "/v2/replacements/w1", status=204),
    # the supplement: faces, cloned voices, app messages, canvas interactions
    Case("listFaces", (), {"limit": 5, "verbose": True, "face_type": "user", "face_ids": "r1,r2"}, "GET", "/v2/faces",
         query={"limit": "5", "page": "1", "verbose": "true", "face_type": "user", "face_ids": "r1,r2"},
         response={"data": [{"face_id": "r1"}], "total_count": 1}, returns=PAGE),
    Case("createFace", (), {"train_video_url": "https://e.com/t.mp4", "face_name": "Rio", "model_name": "phoenix-4"},
         "POST", "/v2/faces", body={"train_video_url": "https://e.com/t.mp4", "face_name": "Rio",
                                    "model_name": "phoenix-4"},
         response={"face_id": "r1", "status": "started"}, returns="Face"),
    Case("getFace", ("r1",), {"verbose": True}, "GET", "/v2/faces/r1", query={"verbose": "true"},
         response={"face_id": "r1", "face_name": "Rio", "status": "completed", "default_voice_id": "v1"},
         returns="Face"),
    Case("deleteFace", ("r1",), {"hard": True}, "DELETE", "/v2/faces/r1", query={"hard": "true"}),
    Case("updateFace", ("r1",), {"face_name": "Ana", "default_voice_id": "v1"}, "PATCH", "/v2/faces/r1",
         body={"face_name": "Ana", "default_voice_id": "v1"},
         response={"face_id": "r1", "face_name": "Ana", "default_voice_id": "v1", "original_voice_id": "v0"},
         returns="Face"),
    Case("renameFace", ("r1",), {"face_name": "Bo"}, "PATCH", "/v2/faces/r1/name", body={"face_name": "Bo"}),
    Case("createVoice", (), {"callback_url": "https://e.com/cb"}, "POST", "/v2/voices",
         body={"callback_url": "https://e.com/cb"}, response={"status": "started", "voice_id": "v1"},
         returns="VoiceCloning"),
    Case("getVoice", ("v1",), {}, "GET", "/v2/voices/v1", response={"voice_id": "v1", "status": "completed"},
         returns="ClonedVoice"),
    Case("sendAppMessage", ("c1", {"message_type": "conversation", "event_type": "conversation.interrupt",
                                   "conversation_id": "c1"}), {},
         "POST", "/v2/conversations/c1/send-app-message",
         body={"message_type": "conversation", "event_type": "conversation.interrupt", "conversation_id": "c1"}),
    Case("recordCanvasInteraction", ("c1",),
         {"interaction_id": "ci_1", "tool_call_id": "call_1", "component": "canvas.question",
          "component_version": "v1", "type": "submit", "value": {"skipped": False}, "metadata": {"client": "web"}},
         "POST", "/v2/conversations/c1/canvas/interactions",
         body={"interaction_id": "ci_1", "tool_call_id": "call_1", "component": "canvas.question",
               "component_version": "v1", "type": "submit", "value": {"skipped": False},
               "metadata": {"client": "web"}},
         response={"success": True}, returns="RecordCanvasInteractionResponse200", keyless=True),
    Case("listCanvasInteractions", ("c1",), {}, "GET", "/v2/conversations/c1/canvas/interactions",
         response={"data": [{"interaction_id": "ci_1", "type": "submit"}]}, returns="list[CanvasInteraction]"),
    # PALs, their tools and skills, tools, skills (the supplement)
    Case("createPal", (), {"default_face_id": "r1", "system_prompt": "You coach.", "guardrail_ids": ["g1"]}, "POST",
         "/v2/pals", body={"default_face_id": "r1", "system_prompt": "You coach.", "guardrail_ids": ["g1"]},
         response={"pal_id": "p1", "pal_name": "P"}, returns="Pal"),
    Case("listPals", (), {"limit": 2, "pal_type": "user"}, "GET", "/v2/pals",
         query={"limit": "2", "page": "1", "pal_type": "user"}, response={"data": [PAL], "total_count": 1},
         returns=PAGE),
    Case("getPal", ("p1",), {}, "GET", "/v2/pals/p1", response={"data": [PAL]}, returns="Pal"),
    Case("patchPal", ("p1", [{"op": "replace", "path": "/layers/llm/tools", "value": [{"type": "function"}]}]), {},
         "PATCH", "/v2/pals/p1",
         body=[{"op": "replace", "path": "/layers/llm/tools", "value": [{"type": "function"}]}]),
    Case("deletePal", ("p1",), {}, "DELETE", "/v2/pals/p1", status=204),
    Case("publishPal", ("p1",), {}, "POST", "/v2/pals/p1/publish", response={"status": "success", **PAL},
         returns="PublishedPal"),
    Case("checkConferencingUsername", (), {"username": "anna"}, "GET", "/v2/pals/check-username",
         query={"username": "anna"}, response={"available": False, "reason": "Username is already taken."},
         returns="ConferencingUsernameCheck"),
    Case("listPalTools", ("p1",), {}, "GET", "/v2/pals/p1/tools", response={"data": [TOOL]}, returns="list[Tool]"),
    Case("attachToolsToPal", ("p1",), {"tool_ids": ["t1"]}, "POST", "/v2/pals/p1/tools", body={"tool_ids": ["t1"]},
         response={"data": [TOOL]}, returns="list[Tool]"),
    Case("detachToolFromPersona", ("p1", "t1"), {}, "DELETE", "/v2/pals/p1/tools/t1", status=204),
    Case("listPersonaSkills", ("p1",), {}, "GET", "/v2/pals/p1/skills", response={"data": {"presentation": SKILL}},
         returns="dict[SkillAttachment]"),
    Case("replacePersonaSkills", ("p1",), {"skills": {"presentation": {"config": SKILL["config"]}}}, "PUT",
         "/v2/pals/p1/skills", body={"skills": {"presentation": {"config": SKILL["config"]}}},
         response={"data": {"presentation": SKILL}}, returns="dict[SkillAttachment]"),
    Case("getPersonaSkill", ("p1", "presentation"), {}, "GET", "/v2/pals/p1/skills/presentation", response=SKILL,
         returns="SkillAttachment"),
    Case("attachSkillToPal", ("p1", "presentation"), {"config": SKILL["config"]}, "PUT",
         "/v2/pals/p1/skills/presentation", body={"config": SKILL["config"]}, response=SKILL,
         returns="SkillAttachment"),
    Case("updatePalSkill", ("p1", "presentation"), {"config": {"prompt": None}}, "PATCH",
         "/v2/pals/p1/skills/presentation", body={"config": {"prompt": None}}, response=SKILL,
         returns="SkillAttachment"),
    Case("detachSkillFromPal", ("p1", "presentation"), {}, "DELETE", "/v2/pals/p1/skills/presentation", status=204),
    Case("listTools", (), {"type": "all", "sort": "desc", "name_or_uuid": "weather"}, "GET", "/v2/tools",
         query={"type": "all", "sort": "desc", "name_or_uuid": "weather", "page": "1"},
         response={"data": [TOOL], "total_count": 1}, returns=PAGE),
    Case("createTool", (), {"name": "get_weather", "description": "Weather", "delivery": {"app_message": True}},
         "POST", "/v2/tools", body={"name": "get_weather", "description": "Weather", "delivery": {"app_message": True}},
         response=TOOL, returns="Tool"),
    Case("getTool", ("t1",), {}, "GET", "/v2/tools/t1", response=TOOL, returns="Tool"),
    Case("updateTool", ("t1",), {"description": "Today's weather"}, "PATCH", "/v2/tools/t1",
         body={"description": "Today's weather"}, response=TOOL, returns="Tool"),
    Case("deleteTool", ("t1",), {}, "DELETE", "/v2/tools/t1", status=204),
    Case("listSkills", (), {}, "GET", "/v2/skills", response={"skills": [{"skill_id": "internet_search"}]},
         returns="SkillRegistry"),
    Case("createDeployment", (), {"pal_id": "p1", "channel": "widget", "name": "W", "allowed_origins": ["https://e.com"]},
         "POST", "/v2/deployments",
         body={"pal_id": "p1", "channel": "widget", "name": "W", "allowed_origins": ["https://e.com"]},
         response=DEPLOYMENT, returns="Deployment"),
    Case("getDeployment", ("d1",), {}, "GET", "/v2/deployments/d1", response=DEPLOYMENT, returns="Deployment"),
    Case("patchDeployment", ("d1", [{"op": "replace", "path": "/name", "value": "W2"}]), {"if_match": '"v1"'},
         "PATCH", "/v2/deployments/d1", body=[{"op": "replace", "path": "/name", "value": "W2"}],
         headers={"if-match": '"v1"'}, response={**DEPLOYMENT, "name": "W2"}, returns="Deployment"),
    Case("getDeploymentInit", ("d1",), {}, "GET", "/v2/deployments/d1/init",
         response={"deployment_id": "d1", "channel": "widget", "is_available": True},
         returns="DeploymentInitConfig", keyless=True),
    Case("startDeploymentConversation", ("d1",), {"password": "pw", "conversational_context": "VIP"}, "POST",
         "/v2/deployments/d1/start", body={"password": "pw", "conversational_context": "VIP"}, response=STARTED,
         returns="StartDeploymentConversationResponse200", keyless=True),
    Case("endDeploymentConversation", ("d1", "c1"), {}, "POST", "/v2/deployments/d1/conversations/c1/end",
         response={"conversation_id": "c1", "status": "ended"}, returns="EndDeploymentConversationResponse200",
         keyless=True),
]  # fmt: skip
DEPRECATED = {"lipsync", "replacements"}

IDS = [c.op for c in CASES]


def test_the_table_covers_every_operation() -> None:
    assert sorted(IDS) == sorted(OPERATIONS)


def _route(api: respx.MockRouter, case: Case) -> respx.Route:
    kwargs = {} if case.response is None else {"json": case.response}
    response = httpx.Response(case.status, **kwargs)
    return api.route(method=case.method, path=case.path).mock(return_value=response)


def _check_request(route: respx.Route, case: Case) -> None:
    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == case.method
    assert request.url.scheme == "https"
    assert request.url.host == "tavusapi.com"
    assert request.url.path == case.path
    assert dict(request.url.params) == case.query
    assert request.headers.get("x-api-key") == (None if case.keyless else API_KEY)
    assert "authorization" not in request.headers
    for name, value in case.headers.items():
        assert request.headers[name] == value
    assert request.headers["user-agent"] == f"tavus-sdk-python/{__version__}"
    assert request.headers["accept"] == "application/json"
    if case.body is None:
        assert request.content == b""
        assert "content-type" not in request.headers
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == case.body


def _check_result(result: Any, case: Case, page_type: type) -> None:
    if case.returns is None:
        assert result is None
    elif case.returns.startswith("list["):
        assert isinstance(result, list)
        assert [type(item).__name__ for item in result] == [case.returns[5:-1]] * len(case.response["data"])
        assert [item.to_dict() for item in result] == case.response["data"]
    elif case.returns == "dict[SkillAttachment]":  # List and Replace PAL Skills: keyed by skill_id
        assert {k: type(v).__name__ for k, v in result.items()} == {k: "SkillAttachment" for k in case.response["data"]}
        assert {k: v.to_dict() for k, v in result.items()} == case.response["data"]
    elif case.returns == PAGE:
        assert isinstance(result, page_type)
        assert len(result.data) == 1
        assert type(result.data[0]).__module__.startswith("tavus_api.models.")
    else:
        assert type(result).__name__ == case.returns
        assert type(result).__module__.startswith("tavus_api.models.")
        expected = case.response
        if "data" in expected and not hasattr(result, "data"):  # the model the contract answers under `data`
            expected = expected["data"][0] if isinstance(expected["data"], list) else expected["data"]
        assert result.to_dict() == expected


def _warns(case: Case) -> Any:
    """Deprecated operations warn on every call (the contract: "no longer supported by Tavus")."""
    resource, _ = OPERATIONS[case.op]
    if resource in DEPRECATED:
        return pytest.warns(DeprecationWarning, match="no longer supported by Tavus; Tavus names no replacement")
    return contextlib.nullcontext()


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_sync_method_sends_the_documented_request(case: Case, client: Any, api: respx.MockRouter) -> None:
    route = _route(api, case)
    resource, method = OPERATIONS[case.op]
    with _warns(case):
        result = getattr(attrgetter(resource)(client), method)(*case.args, **case.kwargs)
    _check_request(route, case)
    _check_result(result, case, Page)


@pytest.mark.anyio
@pytest.mark.parametrize("case", CASES, ids=IDS)
async def test_async_method_sends_the_documented_request(case: Case, aclient: Any, api: respx.MockRouter) -> None:
    route = _route(api, case)
    resource, method = OPERATIONS[case.op]
    with _warns(case):
        result = await getattr(attrgetter(resource)(aclient), method)(*case.args, **case.kwargs)
    _check_request(route, case)
    _check_result(result, case, AsyncPage)


def test_a_deprecation_warning_points_at_the_callers_line(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/lipsync/l1").respond(200, json={"lipsync_id": "l1"})
    with pytest.warns(DeprecationWarning, match="client.lipsync.get") as caught:
        client.lipsync.get("l1")
    assert caught[0].filename == __file__


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("case", [c for c in CASES if c.body is not None and isinstance(c.body, dict)], ids=str)
def test_extra_options_are_merged(case: Case, client: Any, api: respx.MockRouter) -> None:
    route = _route(api, case)
    resource, method = OPERATIONS[case.op]
    getattr(attrgetter(resource)(client), method)(
        *case.args,
        **case.kwargs,
        extra_body={"future_field": {"nested": [1]}},
        extra_query={"trace": "1"},
        extra_headers={"X-Trace": "abc"},
    )
    request = route.calls.last.request
    assert json.loads(request.content) == {**case.body, "future_field": {"nested": [1]}}
    assert request.url.params["trace"] == "1"
    assert request.headers["x-trace"] == "abc"
    assert request.headers.get("x-api-key") == (None if case.keyless else API_KEY)


def test_304_not_modified_returns_none(client: Any, api: respx.MockRouter) -> None:
    route = api.patch("/v2/guardrails/g1").respond(304)
    assert client.guardrails.update("g1", [{"op": "remove", "path": "/name"}]) is None
    assert route.call_count == 1


def test_guardrails_still_take_and_answer_the_legacy_set_shape(client: Any, api: respx.MockRouter) -> None:
    """The supplement restates guardrails as individual ones; the legacy sets keep working on the same paths."""
    created = api.post("/v2/guardrails").respond(200, json={"guardrails_id": "g1", "guardrails_name": "G"})
    receipt = client.guardrails.create(name="G", data=[GUARD_ITEM])
    assert (type(receipt).__name__, receipt.guardrails_id) == ("Guardrails", "g1")
    assert json.loads(created.calls.last.request.content) == {"name": "G", "data": [GUARD_ITEM]}
    listed = api.get("/v2/guardrails").respond(200, json={"data": [{"guardrails_id": "g1"}], "total_count": 1})
    page = client.guardrails.list(limit=3)  # no `legacy`: the server's default, the sets (1-based pages)
    assert dict(listed.calls.last.request.url.params) == {"limit": "3", "page": "1"}
    assert [type(item).__name__ for item in page.data] == ["Guardrails"]
    api.get("/v2/guardrails/g1").respond(200, json={"data": GUARD_ITEM})
    rule = client.guardrails.get("g1")  # a set's id: its rule, answered under `data`
    assert (type(rule).__name__, rule.guardrail_name, rule.uuid) == ("Guardrail", "g", None)
    api.patch("/v2/guardrails/g1").respond(200, json={"message": "Guardrails updated successfully"})
    answer = client.guardrails.update("g1", [{"op": "replace", "path": "/data/0/guardrail_prompt", "value": "x"}])
    assert (type(answer).__name__, answer.message) == ("MessageResponse", "Guardrails updated successfully")


def test_guardrail_update_with_fields_sends_replace_operations(client: Any, api: respx.MockRouter) -> None:
    route = api.patch("/v2/guardrails/g1").respond(200, json={"uuid": "g1", "tags": ["a"]})
    updated = client.guardrails.update("g1", guardrail_prompt="p", tags=["a"])
    assert (type(updated).__name__, updated.uuid) == ("Guardrail", "g1")
    assert json.loads(route.calls.last.request.content) == [
        {"op": "replace", "path": "/guardrail_prompt", "value": "p"},
        {"op": "replace", "path": "/tags", "value": ["a"]},
    ]
    with pytest.raises(ValueError, match="tags: must be of type array"):  # typed as one guardrail's body
        client.guardrails.update("g1", tags="a")  # type: ignore[arg-type]
    assert route.call_count == 1


def test_a_guardrails_body_is_one_guardrail_or_a_set_not_both(client: Any, api: respx.MockRouter) -> None:
    route = api.post("/v2/guardrails").respond(200, json={"uuid": "g1"})
    with pytest.raises(ValueError, match="or a set, not both"):
        client.guardrails.create(guardrail_name="g", guardrail_prompt="p", data=[GUARD_ITEM])  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="guardrail_name: may hold only letters, digits and underscores"):
        client.guardrails.create(guardrail_name="no prices", guardrail_prompt="p")
    assert route.call_count == 0


def test_persona_update_with_fields_sends_replace_operations(client: Any, api: respx.MockRouter) -> None:
    route = api.patch("/v2/personas/p1").respond(200)
    assert client.personas.update("p1", system_prompt="new", layers={"llm": {"model": "tavus-gpt-oss"}}) is None
    assert json.loads(route.calls.last.request.content) == [
        {"op": "replace", "path": "/system_prompt", "value": "new"},
        {"op": "replace", "path": "/layers", "value": {"llm": {"model": "tavus-gpt-oss"}}},
    ]


def test_persona_update_field_values_are_typed_like_the_create_body(client: Any, api: respx.MockRouter) -> None:
    route = api.patch("/v2/personas/p1").respond(200)
    with pytest.raises(ValueError, match="document_ids: must be of type array"):
        client.personas.update("p1", document_ids="d1")
    with pytest.raises(TypeError, match="unexpected keyword argument 'system_promt'; did you mean 'system_prompt'"):
        client.personas.update("p1", system_promt="new")  # type: ignore[call-arg]
    assert not route.called


def test_extra_headers_cannot_inject_newlines(client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v2/replicas/r1").respond(200, json=R)
    with pytest.raises(ValueError, match="extra_headers"):
        client.replicas.get("r1", extra_headers={"X-A": "a\r\nX-Injected: 1"})
    assert not route.called


def test_persona_update_honours_extra_query(client: Any, api: respx.MockRouter) -> None:
    route = api.patch("/v2/personas/p1").respond(200)
    client.personas.update("p1", [{"op": "remove", "path": "/document_tags"}], extra_query={"trace": "1"})
    request = route.calls.last.request
    assert request.url.params.get("trace") == "1"
    assert json.loads(request.content) == [{"op": "remove", "path": "/document_tags"}]


def test_persona_update_timeout_none_means_no_timeout(client: Any, api: respx.MockRouter) -> None:
    route = api.route(method="PATCH").respond(200)
    client.videos.rename("v1", video_name="x", timeout=None)
    assert route.calls.last.request.extensions["timeout"]["read"] is None
    client.personas.update("p1", system_prompt="x", timeout=None)
    assert route.calls.last.request.extensions["timeout"]["read"] is None


def test_tool_update_sends_a_null_delivery_to_reset_it(client: Any, api: respx.MockRouter) -> None:
    """`delivery=None` is the contract's null ("resets delivery to {"app_message": true}"); left out, it is not sent."""
    route = api.patch("/v2/tools/t1").respond(200, json=TOOL)
    client.tools.update("t1", delivery=None)
    assert json.loads(route.calls.last.request.content) == {"delivery": None}
    client.tools.update("t1", name="get_time")
    assert json.loads(route.calls.last.request.content) == {"name": "get_time"}


def test_pal_update_with_fields_sends_replace_operations(client: Any, api: respx.MockRouter) -> None:
    """The same code as `personas.update`: fields typed as Create PAL's body types them."""
    route = api.patch("/v2/pals/p1").respond(200)
    assert client.pals.update("p1", pal_name="Mentor", guardrail_ids=["g1"]) is None
    assert json.loads(route.calls.last.request.content) == [
        {"op": "replace", "path": "/pal_name", "value": "Mentor"},
        {"op": "replace", "path": "/guardrail_ids", "value": ["g1"]},
    ]
    with pytest.raises(ValueError, match="give JSON Patch operations or fields to replace, not both"):
        client.pals.update("p1", [{"op": "remove", "path": "/context"}], pal_name="x")
    assert route.call_count == 1


def test_pal_sub_resources_have_their_raw_responses(client: Any, api: respx.MockRouter) -> None:
    api.get("/v2/pals/p1/skills/s").respond(200, json={"skill_id": "s"})
    raw = client.with_raw_response.pals.skills.get("p1", "s")
    assert (raw.status_code, raw.parse().skill_id) == (200, "s")
    assert client.pals.tools.with_raw_response is client.with_raw_response.pals.tools
