"""The contract (generated/tavus_api/openapi.json) and how its operations map onto the wrapper.

Shared by every contract test: the spec loaded once, one `Op` per operation (operationId, method,
path, path parameter names, the wrapper's (resource, method) from `tavus._operations.OPERATIONS`),
request/response validators (`openapi_schema_validator.OAS30Validator`, OpenAPI 3.0 dialect:
`nullable` and friends), a valid call per operation, and the mapping of generated inputs
(path parameters, query, body) onto a wrapper call.
"""

from __future__ import annotations

import copy
import importlib
import importlib.resources
import inspect
import json
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from typing import Any

import httpx
from openapi_schema_validator import OAS30Validator

import tavus
from tavus._operations import OPERATIONS
from tavus._schema import inline_refs

BASE_URL = "https://contract.test"
API_KEY = "contract-test-key"
HTTP_METHODS = ("get", "put", "post", "patch", "delete")
# The merged contract: the published file's 54 operations, 6 of them restated by the supplement (Tavus's
# docs pages, openapi/tavus-openapi.newer.yaml), plus the supplement's 39 new ones.
EXPECTED_OPERATIONS = 93
EXPECTED_SUPPLEMENT_OPERATIONS = 45
EXPECTED_RESPONSE_PAIRS = 219


def examples(default: int, deep: int) -> int:
    """Examples per property test: `CONTRACT_DEEP=1` (make contract-deep) runs the deep count."""
    if os.environ.get("CONTRACT_DEEP", "") not in ("", "0"):
        return int(os.environ.get("CONTRACT_EXAMPLES", deep))
    return default


@cache
def contract() -> dict[str, Any]:
    """THE contract, as the SDK ships it (a fresh copy must be taken before mutating it)."""
    text = importlib.resources.files("tavus_api").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


@dataclass(frozen=True)
class Op:
    """One operation of the contract and where the wrapper exposes it."""

    operation_id: str
    method: str  # upper case
    path: str
    definition: dict[str, Any]
    parameters: tuple[dict[str, Any], ...]
    resource: str
    name: str

    @property
    def supplement(self) -> bool:
        """Whether the operation comes from the supplement (Tavus's docs pages), not the published file."""
        return bool(self.definition.get("x-tavus-supplement"))

    @property
    def path_params(self) -> list[str]:
        return re.findall(r"{([^}]+)}", self.path)

    @property
    def statuses(self) -> list[str]:
        return list(self.definition["responses"])

    def param(self, name: str, where: str) -> dict[str, Any] | None:
        for p in self.parameters:
            if p["name"] == name and p["in"] == where:
                return p
        return None

    def body_schema(self) -> dict[str, Any] | None:
        body = self.definition.get("requestBody")
        if not body:
            return None
        schema: dict[str, Any] = body["content"]["application/json"]["schema"]
        return schema

    def response(self, status: str) -> dict[str, Any]:
        response: dict[str, Any] = self.definition["responses"][status]
        return response

    def response_schema(self, status: str) -> dict[str, Any] | None:
        content = self.response(status).get("content") or {}
        media = content.get("application/json")
        if media is None or media.get("schema") is None:
            return None
        schema: dict[str, Any] = inline_refs(media["schema"], contract())  # the supplement's are $refs
        return schema

    @property
    def first_page(self) -> int:
        """The first page number of a list operation, as the wrapper numbers it (its `PAGING`)."""
        module = importlib.import_module(f"tavus._sync.resources.{self.resource.split('.')[0]}")
        paging = getattr(module, "PAGING", None)
        return paging.first_page if paging is not None else 1

    def bound(self, client: Any) -> Callable[..., Any]:
        method: Callable[..., Any] = getattr(attrgetter(self.resource)(client), self.name)  # dotted: a sub-resource
        return method


# Operations of the contract the wrapper has no method for yet (a spec update added them): left out
# of the contract suites here, and reported by name by the wrapper-coverage test.
UNMAPPED: list[str] = []


def _ops() -> list[Op]:
    result = []
    for path, item in contract()["paths"].items():
        shared = item.get("parameters", [])
        for method, definition in item.items():
            if method not in HTTP_METHODS:
                continue
            params: dict[tuple[str, str], dict[str, Any]] = {}
            for p in [*shared, *definition.get("parameters", [])]:
                params[(p["name"], p["in"])] = p
            if definition["operationId"] not in OPERATIONS:
                UNMAPPED.append(definition["operationId"])  # tests/wrapper/test_coverage.py names it
                continue
            resource, name = OPERATIONS[definition["operationId"]]
            result.append(
                Op(definition["operationId"], method.upper(), path, definition, tuple(params.values()), resource, name)
            )
    return result


OPS: list[Op] = _ops()
OPS_BY_ID: dict[str, Op] = {op.operation_id: op for op in OPS}
OPERATION_IDS: list[str] = [op.operation_id for op in OPS]


def response_pairs() -> list[tuple[Op, str]]:
    return [(op, status) for op in OPS for status in op.statuses]


# --- validation ---------------------------------------------------------------------------------


def schema_errors(instance: Any, schema: Mapping[str, Any]) -> list[str]:
    """Every violation of an OpenAPI 3.0 schema, as 'at <json path>: <rule>' lines."""
    validator = OAS30Validator(inline_refs(schema, contract()))  # e.g. #/components/schemas/recording_storage_config
    return [
        f"at {error.json_path}: {error.message[:300]} (rule: {error.validator})"
        for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    ]


def coerce(raw: str, schema: Mapping[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "integer" and re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if kind == "boolean" and raw in ("true", "false"):
        return raw == "true"
    return raw


def request_violations(op: Op, request: httpx.Request, *, api_key: str = API_KEY) -> list[str]:
    """What in `request` breaks the contract of `op`: method, path, params, auth, content type, body.

    Each line names the operation, the field and the rule.
    """
    problems: list[str] = []

    def bad(field: str, rule: str) -> None:
        problems.append(f"{op.operation_id}: {field}: {rule}")

    if request.method != op.method:
        bad("method", f"must be {op.method}, got {request.method}")
    base = httpx.URL(BASE_URL)
    if (request.url.scheme, request.url.host) != (base.scheme, base.host):
        bad("url", f"must go to {BASE_URL}, got {request.url}")
    pattern = "^" + re.sub(r"\\{([^}]+)\\}", r"(?P<\1>[^/]+)", re.escape(op.path)) + "$"
    raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
    match = re.match(pattern, raw_path)
    if match is None:
        bad("path", f"must match {op.path}, got {raw_path}")
    else:
        for name, value in match.groupdict().items():
            decoded = httpx.URL(f"/{value}").path[1:]
            param = op.param(name, "path") or {"schema": {"type": "string"}}
            for error in schema_errors(coerce(decoded, param.get("schema", {})), param.get("schema", {})):
                bad(f"path parameter {name}", error)
    query = request.url.params
    for name in query:
        declared = op.param(name, "query")
        if declared is None:
            bad(f"query parameter {name}", "is not declared by the operation")
            continue
        values = query.get_list(name)
        if len(values) != 1:
            bad(f"query parameter {name}", f"must appear once, got {values}")
        schema = declared.get("schema", {})
        for error in schema_errors(coerce(values[0], schema), schema):
            bad(f"query parameter {name}", error)
    for p in op.parameters:
        if p["in"] == "query" and p.get("required") and p["name"] not in query:
            bad(f"query parameter {p['name']}", "is required")
    security = op.definition.get("security", contract().get("security", []))
    if not any(security):  # `security: []`: a public operation, which a browser calls without the key
        if "x-api-key" in request.headers:
            bad("header x-api-key", "must be absent: the operation's security is empty")
    elif request.headers.get("x-api-key") != api_key:
        bad(
            "header x-api-key",
            f"must carry the API key (securityScheme apiKey), got {request.headers.get('x-api-key')!r}",
        )
    for p in op.parameters:
        if p["in"] == "header" and p["name"] in request.headers:
            for error in schema_errors(request.headers[p["name"]], p.get("schema", {})):
                bad(f"header {p['name']}", error)
    schema = op.body_schema()
    content = request.content
    if schema is None:
        if content:
            bad("body", f"the operation declares no request body, got {content[:100]!r}")
        return problems
    if not content:
        if op.definition["requestBody"].get("required"):
            bad("body", "the request body is required")
        return problems
    content_type = request.headers.get("content-type", "").split(";")[0].strip()
    if content_type != "application/json":
        bad("header content-type", f"must be application/json, got {content_type!r}")
    try:
        body = json.loads(content)
    except ValueError as exc:
        bad("body", f"must be JSON ({exc})")
        return problems
    for error in schema_errors(body, schema):
        bad("body", error)
    return problems


# --- calls --------------------------------------------------------------------------------------


class _NoWait(tavus.SystemClock):
    """The real clocks; retries do not wait (the contract suites check requests, not backoff)."""

    def sleep(self, seconds: float) -> None:
        return None

    async def asleep(self, seconds: float) -> None:
        return None


NO_WAIT = _NoWait()


def client(transport: httpx.BaseTransport | None = None, *, base_url: str = BASE_URL, **kwargs: Any) -> tavus.Tavus:
    http = httpx.Client(transport=transport) if transport is not None else httpx.Client()
    return tavus.Tavus(api_key=API_KEY, base_url=base_url, http_client=http, clock=NO_WAIT, **kwargs)


def async_client(
    transport: httpx.AsyncBaseTransport | None = None, *, base_url: str = BASE_URL, **kwargs: Any
) -> tavus.AsyncTavus:
    http = httpx.AsyncClient(transport=transport) if transport is not None else httpx.AsyncClient()

    return tavus.AsyncTavus(api_key=API_KEY, base_url=base_url, http_client=http, clock=NO_WAIT, **kwargs)


@dataclass
class Invocation:
    """A wrapper call: positional arguments and keyword arguments."""

    args: list[Any]
    kwargs: dict[str, Any]

    def describe(self, op: Op) -> str:
        return f"client.{op.resource}.{op.name}(*{self.args!r}, **{self.kwargs!r})"[:2000]


def _named_parameters(op: Op) -> set[str]:
    first, *rest = op.resource.split(".")  # a sub-resource is dotted: conversations.canvas
    resource = getattr(tavus.Tavus, first).func(None)
    for name in rest:
        resource = getattr(type(resource), name).func(resource)
    signature = inspect.signature(getattr(resource, op.name))
    return {
        name
        for name, p in signature.parameters.items()
        if p.kind is inspect.Parameter.KEYWORD_ONLY and name not in ("extra_headers", "timeout")
    }


@cache
def named_parameters(operation_id: str) -> frozenset[str]:
    """The keyword-only parameters of the wrapper method (body fields and query params)."""
    return frozenset(_named_parameters(OPS_BY_ID[operation_id]))


# Methods taking the whole request body as one positional argument, after the path ids.
WHOLE_BODY = frozenset({"sendAppMessage"})


def invocation(op: Op, path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invocation:
    """The wrapper call for generated inputs: path ids positional, query params and body fields by
    name; body keys the method has no parameter for (extra properties the schema allows) travel in
    `extra_body`, and so do nulls; a JSON array body (JSON Patch), or a whole body (`WHOLE_BODY`), is
    the second positional argument."""
    args: list[Any] = [path[name] for name in op.path_params]
    kwargs: dict[str, Any] = dict(query)
    if isinstance(body, list) or op.operation_id in WHOLE_BODY:  # a JSON Patch, or an app message
        args.append(body if body is not None else {})
    elif isinstance(body, dict):
        known = named_parameters(op.operation_id)
        # a null (a nullable field: Create Deployment's `password`) too, since None means "not given"
        extra = {k: v for k, v in body.items() if k not in known or v is None}
        kwargs.update({k: v for k, v in body.items() if k in known and v is not None})
        if extra:
            kwargs["extra_body"] = extra
    return Invocation(args, kwargs)


def sync_call(op: Op, client_: tavus.Tavus, inv: Invocation) -> Any:
    return op.bound(client_)(*inv.args, **inv.kwargs)


async def async_call(op: Op, client_: tavus.AsyncTavus, inv: Invocation) -> Any:
    return await op.bound(client_)(*inv.args, **inv.kwargs)


# A valid call of every operation, the way a user writes it (used by the response, Prism and fake tests).
_ID = "x1a2b3c4d5"
VALID_CALLS: dict[str, tuple[list[Any], dict[str, Any]]] = {
    "createReplica": ([], {"train_video_url": "https://example.com/train.mp4", "replica_name": "Rio"}),
    "listReplicas": ([], {"limit": 10, "page": 1, "verbose": True}),
    "getReplica": ([_ID], {"verbose": True}),
    "deleteReplica": ([_ID], {"hard": False}),
    "renameReplica": ([_ID], {"replica_name": "Rio 2"}),
    "generateVideo": ([], {"replica_id": _ID, "script": "Hello there", "video_name": "hello"}),
    "listVideos": ([], {"limit": 10, "page": 1}),
    "getVideo": ([_ID], {"verbose": True}),
    "deleteVideo": ([_ID], {"hard": False}),
    "renameVideo": ([_ID], {"video_name": "hello 2"}),
    "createConversation": ([], {"replica_id": _ID, "conversation_name": "demo", "test_mode": True}),
    "listConversations": ([], {"limit": 10, "page": 1, "status": "active"}),
    "getConversation": ([_ID], {}),
    "deleteConversation": ([_ID], {}),
    "endConversation": ([_ID], {}),
    "createPersona": ([], {"persona_name": "Coach", "system_prompt": "You are a coach.", "pipeline_mode": "full"}),
    "listPersonas": ([], {"limit": 10, "page": 1, "persona_type": "user"}),
    "getPersona": ([_ID], {}),
    "patchPersona": ([_ID, [{"op": "replace", "path": "/system_prompt", "value": "You coach."}]], {}),
    "deletePersona": ([_ID], {}),
    "createDocument": ([], {"document_url": "https://example.com/doc.pdf", "document_name": "doc", "tags": ["a"]}),
    "listDocuments": ([], {"limit": 10, "page": 0, "sort": "ascending"}),
    "getDocument": ([_ID], {}),
    "patchDocument": ([_ID], {"document_name": "doc 2", "tags": ["b"]}),
    "deleteDocument": ([_ID], {}),
    "recrawlDocument": ([_ID], {"crawl": {"depth": 2, "max_pages": 5}}),
    # the supplement's individual guardrails (the recommended form; the legacy sets: tests/wrapper)
    "createGuardrails": ([], {"guardrail_name": "no_prices", "guardrail_prompt": "Never quote prices."}),
    "listGuardrails": ([], {"legacy": False, "limit": 10, "page": 0}),
    "getGuardrails": ([_ID], {}),
    "patchGuardrails": ([_ID, [{"op": "replace", "path": "/guardrail_prompt", "value": "No prices."}]], {}),
    "deleteGuardrails": ([_ID], {}),
    "createObjectives": ([], {"data": [{"objective_name": "greet", "objective_prompt": "Greet the user."}]}),
    "getObjectives": ([], {"limit": 10, "page": 1}),
    "getObjective": ([_ID], {}),
    "patchObjective": ([_ID, [{"op": "replace", "path": "/objective_prompt", "value": "Greet warmly."}]], {}),
    "deleteObjective": ([_ID], {}),
    "getVoices": ([], {"limit": 10, "page": 1, "sort": "asc"}),
    "createPronunciationDictionary": (
        [],
        {"name": "Brand Terms", "rules": [{"text": "Tavus", "pronunciation": "TAH-vus", "type": "alias"}]},
    ),
    "listPronunciationDictionaries": ([], {"limit": 10, "page": 0, "sort": "desc"}),
    "getPronunciationDictionary": ([_ID], {}),
    "patchPronunciationDictionary": ([_ID, [{"op": "replace", "path": "/name", "value": "Brand Terms 2"}]], {}),
    "deletePronunciationDictionary": ([_ID], {}),
    "createTranscription": ([], {"file_url": "https://example.com/talk.mp4", "callback_url": "https://example.com/cb"}),
    "listTranscriptions": ([], {"limit": 10, "page": 1}),
    "getTranscription": ([_ID], {}),
    "deleteTranscription": ([_ID], {}),
    "createLipsync": (
        [],
        {"original_video_url": "https://example.com/v.mp4", "source_audio_url": "https://example.com/a.mp3"},
    ),
    "listLipsyncs": ([], {"limit": 10, "page": 1}),
    "getLipsync": ([_ID], {}),
    "deleteLipsync": ([_ID], {}),
    "createReplacement": ([], {"original_video_url": "https://example.com/v.mp4", "new_transcript": "Hello again"}),
    "listReplacements": ([], {"limit": 10, "page": 1}),
    "getReplacement": ([_ID], {}),
    "deleteReplacement": ([_ID], {}),
    # the supplement: faces, cloned voices, app messages, canvas interactions
    "listFaces": ([], {"limit": 10, "page": 1, "verbose": True, "face_type": "user"}),
    "createFace": ([], {"train_video_url": "https://example.com/train.mp4", "face_name": "Rio"}),
    "getFace": ([_ID], {"verbose": True}),
    "deleteFace": ([_ID], {"hard": False}),
    "updateFace": ([_ID], {"face_name": "Ana"}),
    "renameFace": ([_ID], {"face_name": "Rio 2"}),
    "createVoice": ([], {"callback_url": "https://example.com/cb"}),
    "getVoice": ([_ID], {}),
    "sendAppMessage": (
        [_ID, {"message_type": "conversation", "event_type": "conversation.respond", "properties": {"text": "Hi"}}],
        {},
    ),
    "recordCanvasInteraction": (
        [_ID],
        {
            "interaction_id": "ci_call_1_submit_1",
            "tool_call_id": "call_1",
            "component": "canvas.question",
            "component_version": "v1",
            "type": "submit",
            "value": {"selected_option_ids": ["opt_2"]},
        },
    ),
    "listCanvasInteractions": ([_ID], {}),
    "listPals": ([], {"limit": 10, "page": 1, "pal_type": "user"}),
    "createPal": ([], {"default_face_id": _ID, "pal_name": "Coach", "system_prompt": "You are a coach."}),
    "getPal": ([_ID], {}),
    "patchPal": ([_ID, [{"op": "replace", "path": "/system_prompt", "value": "You coach."}]], {}),
    "deletePal": ([_ID], {}),
    "publishPal": ([_ID], {}),
    "checkConferencingUsername": ([], {"username": "anna"}),
    "listPalTools": ([_ID], {}),
    "attachToolsToPal": ([_ID], {"tool_ids": [_ID]}),
    "detachToolFromPersona": ([_ID, _ID], {}),
    "listPersonaSkills": ([_ID], {}),
    "replacePersonaSkills": ([_ID], {"skills": {"internet_search": {}}}),
    "getPersonaSkill": ([_ID, "internet_search"], {}),
    "attachSkillToPal": ([_ID, "presentation"], {"config": {"document_ids": [_ID]}}),
    "updatePalSkill": ([_ID, "presentation"], {"config": {"slides_trigger": "on_demand"}}),
    "detachSkillFromPal": ([_ID, "presentation"], {}),
    "listTools": ([], {"limit": 10, "page": 1, "sort": "asc", "type": "user"}),
    "createTool": ([], {"name": "get_weather", "description": "The weather in a city."}),
    "getTool": ([_ID], {}),
    "updateTool": ([_ID], {"description": "Today's weather."}),
    "deleteTool": ([_ID], {}),
    "listSkills": ([], {}),
    "createDeployment": ([], {"pal_id": _ID, "channel": "widget", "name": "Support widget"}),
    "getDeployment": ([_ID], {}),
    "patchDeployment": ([_ID, [{"op": "replace", "path": "/name", "value": "Support widget"}]], {"if_match": '"v1"'}),
    "getDeploymentInit": ([_ID], {}),
    "startDeploymentConversation": ([_ID], {"conversational_context": "A returning visitor"}),
    "endDeploymentConversation": ([_ID, _ID], {}),
}


def valid_invocation(operation_id: str, **replace_ids: str) -> Invocation:
    args, kwargs = VALID_CALLS[operation_id]
    args = [replace_ids.get("id", a) if isinstance(a, str) else a for a in args]
    return Invocation(copy.deepcopy(args), copy.deepcopy(kwargs))


def iter_objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object inside `value`, depth first."""
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from iter_objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from iter_objects(item)
