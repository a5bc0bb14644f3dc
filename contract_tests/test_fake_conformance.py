"""The fake conforms: schemathesis against `tavus.testing.FakeTavus().asgi_app`, in process.

Per operation (all 54): the contract loaded with `schemathesis.openapi.from_dict`, `schema.app`
set to the fake's ASGI app (schemathesis' ASGI transport), cases from
`schema[path][METHOD].as_strategy()` in positive mode, deterministic, 25 per operation in
`make test` (100 under `make contract-deep`). About half of the cases use existing objects: path ids of
objects created through the wrapper before the test, the body repaired to the prose rules
(`_repair.py`), references to the stock replica/persona, JSON Patch bodies aimed at a field the
object has; so 2xx answers are checked as well as the fake's 4xx for unknown ids and prose rules.
`x-api-key` is set to the fake's key.

Checks, passed explicitly: not_a_server_error, status_code_conformance, content_type_conformance,
response_schema_conformance. Two narrowings: operations whose contract documents no error status
(transcriptions and replacements) are always called with repaired inputs on existing objects; on a
304 only the first two checks run, because HTTP forbids
content in a 304 (RFC 9110 15.4.5) while the contract documents a JSON body for the 304 of
patchPersona/patchGuardrails/patchObjective (a spec bug; the fake rightly sends none).
The checks that judge auth handling and negative data (ignored_auth, negative_data_rejection, ...)
are not run: the cases are positive and authenticated by design; the fake's auth has its own tests.

Stateful: the same contract plus a test-only overlay of OpenAPI links (create -> get / update /
delete, list -> get; `LINKS` below), `schema.as_state_machine()` run against the app with the same
checks, deterministic, a bounded number of scenarios.
"""

from __future__ import annotations

import copy
import importlib.util
import itertools
import warnings
from collections.abc import Iterator
from typing import Any

import hypothesis
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from ._contract import OPS, OPS_BY_ID, Op, contract, examples
from ._registry import REGISTRY
from ._repair import repair

if importlib.util.find_spec("tavus.testing") is None:  # pragma: no cover - the fake ships with the SDK
    pytest.skip("tavus.testing (the fake) is not available", allow_module_level=True)

from tavus.testing import FakeTavus

# JSON Patch operation -> a path of the objects created by existing_ids() that `add` may set
PATCH_TARGETS = {
    "patchPersona": "/system_prompt",
    "patchPronunciationDictionary": "/name",
    "patchGuardrails": "/guardrail_prompt",  # an individual guardrail (existing_ids' guardrail_id)
    "patchObjective": "/data/0/objective_prompt",
    "patchDeployment": "/name",
    "patchPal": "/pal_name",
}
BY_LABEL = {f"{op.method} {op.path}": op for op in OPS}
# a skill of the fake's registry (the contract names no registry) that takes any config
SKILL_ID = "internet_search"
_TOOLS = itertools.count(1)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
# HTTP forbids content in a 304 (RFC 9110 15.4.5), yet the contract documents a JSON body for the
# 304 of patchPersona/patchGuardrails/patchObjective (a spec bug): on a 304 only the status checks run.
CHECKS_304 = [not_a_server_error, status_code_conformance]


def validate(case: Any, response: Any, headers: dict[str, str]) -> None:
    checks = CHECKS_304 if response.status_code == 304 else CHECKS
    case.validate_response(response, checks=checks, headers=headers)


MAX_EXAMPLES = examples(25, 100)
SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)

# create operation -> (id field of its 200 body, the operations taking that id)
LINKS: dict[str, tuple[str, list[str]]] = {
    "createReplica": ("replica_id", ["getReplica", "renameReplica", "deleteReplica"]),
    "generateVideo": ("video_id", ["getVideo", "renameVideo", "deleteVideo"]),
    "createConversation": ("conversation_id", ["getConversation", "endConversation", "deleteConversation"]),
    "createPersona": ("persona_id", ["getPersona", "patchPersona", "deletePersona"]),
    "createDocument": ("document_id", ["getDocument", "patchDocument", "recrawlDocument", "deleteDocument"]),
    "createGuardrails": ("uuid", ["getGuardrails", "patchGuardrails", "deleteGuardrails"]),  # one guardrail
    "createObjectives": ("objectives_id", ["getObjective", "patchObjective", "deleteObjective"]),
    "createPronunciationDictionary": (
        "pronunciation_dictionary_id",
        ["getPronunciationDictionary", "patchPronunciationDictionary", "deletePronunciationDictionary"],
    ),
    "createLipsync": ("lipsync_id", ["getLipsync", "deleteLipsync"]),
    # Not linked: transcriptions and replacements (ALWAYS_REPAIRED below), whose contract documents no
    # error for the second delete a chain may send.
}
# The contract documents no error status for these (only their 200/204): an input the fake must refuse
# (an unknown or deleted id; a body without its required fields, which schemathesis may omit since
# the body is optional) cannot be answered inside it. They are always called with repaired inputs on
# existing objects (deletes on a new one each time).
ALWAYS_REPAIRED = {
    "createTranscription", "getTranscription", "deleteTranscription",
    "createReplacement", "getReplacement", "deleteReplacement",
    # the supplement's, whose docs pages showed no error responses (x-tavus-unrecovered)
    "listFaces", "createFace", "getFace", "updateFace", "createVoice", "getVoice",
    "sendAppMessage", "recordCanvasInteraction", "listCanvasInteractions",
    # deployments: only the 404 of Init and End is documented (and no 412 for a stale If-Match)
    "getDeployment", "patchDeployment", "startDeploymentConversation",
    # PALs, tools, PAL tools and PAL skills: only 2XX (and 304) documented, no error responses
    "createPal", "getPal", "patchPal", "publishPal", "createTool", "updateTool",
    "listPalTools", "attachToolsToPal", "listPersonaSkills", "replacePersonaSkills",
}  # fmt: skip
LIST_LINKS = {
    "listReplicas": "createReplica",
    "listVideos": "generateVideo",
    "listConversations": "createConversation",
    "listPersonas": "createPersona",
    "listDocuments": "createDocument",
    "listGuardrails": "createGuardrails",
    "getObjectives": "createObjectives",
    "listPronunciationDictionaries": "createPronunciationDictionary",
    "listLipsyncs": "createLipsync",
}


def linked_contract() -> dict[str, Any]:
    """The contract with OpenAPI links added (test-only overlay; the shipped contract has none)."""
    spec = copy.deepcopy(contract())

    def definition(operation_id: str) -> dict[str, Any]:
        op = OPS_BY_ID[operation_id]
        result: dict[str, Any] = spec["paths"][op.path][op.method.lower()]
        return result

    for create, (field, targets) in LINKS.items():
        status = next(s for s in OPS_BY_ID[create].statuses if s.startswith("2"))
        links = definition(create)["responses"][status].setdefault("links", {})
        for target in targets:
            param = OPS_BY_ID[target].path_params[0]
            links[f"{create}To{target}"] = {"operationId": target, "parameters": {param: f"$response.body#/{field}"}}
    for listing, create in LIST_LINKS.items():
        field, targets = LINKS[create]
        get = targets[0]
        param = OPS_BY_ID[get].path_params[0]
        links = definition(listing)["responses"]["200"].setdefault("links", {})
        links[f"{listing}To{get}"] = {"operationId": get, "parameters": {param: f"$response.body#/data/0/{field}"}}
    return spec


@pytest.fixture
def fake() -> Iterator[FakeTavus]:
    with FakeTavus() as fake:
        yield fake


def existing_ids(fake: FakeTavus) -> dict[str, str]:
    """One object of each kind, created through the wrapper: path parameter name -> id."""
    sdk = fake.client()
    replica = sdk.replicas.create(train_video_url="https://example.com/train.mp4", replica_name="r")
    video = sdk.videos.create(replica_id=fake.STOCK_REPLICA_ID, script="Hello")
    face = sdk.faces.create(train_video_url="https://example.com/train.mp4", face_name="f")
    voice = sdk.voices.create()
    persona = sdk.personas.create(system_prompt="You are helpful.", persona_name="p")
    document = sdk.documents.create(document_url="https://example.com/", crawl={"depth": 1, "max_pages": 2})
    guardrails = sdk.guardrails.create(name="g", data=[{"guardrail_name": "n", "guardrail_prompt": "p"}])
    guardrail = sdk.guardrails.create(guardrail_name="n", guardrail_prompt="p")
    objectives = sdk.objectives.create(data=[{"objective_name": "n", "objective_prompt": "p"}])
    dictionary = sdk.pronunciation_dictionaries.create(name="d")
    transcription = sdk.transcriptions.create(file_url="https://example.com/t.mp4", callback_url="https://e.com/cb")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        lipsync = sdk.lipsync.create(original_video_url="https://example.com/v.mp4", source_audio_url="https://e.com/a")
        replacement = sdk.replacements.create(original_video_url="https://example.com/v.mp4", new_transcript="Hi")
    deployment = sdk.deployments.create(pal_id=fake.STOCK_PERSONA_ID, channel="widget")
    # one started through the deployment, so that End Deployment Conversation can end it
    started = sdk.deployments.start(str(deployment.deployment_id))
    # a PAL with a tool and a skill attached (detach, get and update need an attachment)
    pal = sdk.pals.create(default_face_id=str(face.face_id), system_prompt="You are helpful.", pal_name="p")
    # tool names are unique in the account, and deletes call this once per case
    tool = sdk.tools.create(name=f"get_weather_{next(_TOOLS)}", description="Get the weather")
    sdk.pals.tools.attach(str(pal.pal_id), tool_ids=[str(tool.tool_id)])
    sdk.pals.skills.attach(str(pal.pal_id), SKILL_ID)
    # jobs finish, the recrawl cooldown passes: the document can be recrawled (else 409 / 429)
    fake.advance(fake.settings.document_processing_seconds + fake.settings.recrawl_cooldown_seconds + 1)
    # created now, so still active: app messages and canvas interactions go to active conversations only
    conversation = sdk.conversations.create(replica_id=fake.STOCK_REPLICA_ID)
    return {
        "replica_id": str(replica.replica_id),
        "video_id": str(video.video_id),
        "conversation_id": str(conversation.conversation_id),
        "persona_id": str(persona.persona_id),
        "document_id": str(document.document_id),
        "guardrails_id": str(guardrails.guardrails_id),
        "guardrail_id": str(guardrail.uuid),
        "objectives_id": str(objectives.objectives_id),
        "dictionary_id": str(dictionary.pronunciation_dictionary_id),
        "transcription_id": str(transcription.transcription_id),
        "lipsync_id": str(lipsync.lipsync_id),
        "replacement_id": str(replacement.replacement_id),
        "face_id": str(face.face_id),
        "voice_id": str(voice.additional_properties["voice_id"]),
        "deployment_id": str(deployment.deployment_id),
        "deployment_conversation_id": str(started.conversation_id),
        "pal_id": str(pal.pal_id),
        "tool_id": str(tool.tool_id),
        "skill_id": SKILL_ID,
    }


def _body(case: Any) -> Any:
    return case.body if isinstance(case.body, dict | list) else None


def with_references(body: Any, ids: dict[str, str], fake: FakeTavus) -> Any:
    """A body whose references name existing objects (ids the fake would reject as unknown)."""
    if not isinstance(body, dict):
        return body
    body = dict(body)
    if "replica_id" in body:
        body["replica_id"] = fake.STOCK_REPLICA_ID
    for key in ("persona_id", "transcription_id"):
        if key in body:
            body[key] = ids[key]
    # Objects made by existing_ids(); the stateful machine has none of them: the field is left out there
    for key, id_key in (("default_voice_id", "voice_id"), ("default_face_id", "face_id"),
                        ("guardrails_id", "guardrails_id"), ("objectives_id", "objectives_id")):  # fmt: skip
        if key in body:
            if id_key in ids:
                body[key] = ids[id_key]
            else:
                del body[key]
    if "pal_id" in body:  # a PAL is a persona in the fake; the stock one has a default face
        body["pal_id"] = fake.STOCK_PERSONA_ID
    if "guardrail_ids" in body:  # individual guardrails: none exist here
        body["guardrail_ids"] = []
    if isinstance(body.get("tool_ids"), list):  # Attach Tools To PAL: a tool of the account
        body["tool_ids"] = [ids["tool_id"]] if body["tool_ids"] and "tool_id" in ids else []
    if isinstance(body.get("skills"), dict):  # Replace PAL Skills: skills of the registry
        configs = list(body["skills"].values())
        body["skills"] = {SKILL_ID: configs[0]} if configs else {}
    if "default_replica_id" in body:
        body["default_replica_id"] = fake.STOCK_REPLICA_ID
    if "document_ids" in body:
        body["document_ids"] = [ids["document_id"]] if ids["document_id"] != "unused" else []
    for key in ("memory_stores", "document_tags"):
        body.pop(key, None)
    return body


def _failure_text(group: BaseExceptionGroup[Any]) -> str:
    return "\n".join(f"- {getattr(f, 'title', type(f).__name__)}: {getattr(f, 'message', f)}" for f in group.exceptions)


@pytest.mark.parametrize("op", OPS, ids=lambda op: op.operation_id)
def test_fake_conforms(fake: FakeTavus, op: Op) -> None:
    schema = schemathesis.openapi.from_dict(contract())
    schema.app = fake.asgi_app
    ids = existing_ids(fake)
    headers = {"x-api-key": fake.api_key}
    statuses: set[int] = set()

    @SETTINGS
    @given(schema[op.path][op.method].as_strategy(generation_mode=GenerationMode.POSITIVE), st.booleans())
    def check(case: Any, use_existing: bool) -> None:
        if use_existing or op.operation_id in ALWAYS_REPAIRED:
            case.path_parameters, _, body = repair(op, dict(case.path_parameters or {}), {}, _body(case))
            targets = existing_ids(fake) if op.operation_id in ALWAYS_REPAIRED and op.method == "DELETE" else ids
            for name in op.path_params:
                case.path_parameters[name] = targets[name]
            if op.operation_id == "endDeploymentConversation":
                case.path_parameters["conversation_id"] = targets["deployment_conversation_id"]
            if op.operation_id in PATCH_TARGETS:  # a JSON Patch the object can take (else always a 400)
                value = body[0].get("value") if body and isinstance(body[0].get("value"), str) else "changed"
                body = [{"op": "add", "path": PATCH_TARGETS[op.operation_id], "value": value or "changed"}]
            if body is not None:
                case.body = with_references(body, ids, fake)
            if case.headers:  # a generated If-Match would name no version of the deployment
                case.headers.pop("If-Match", None)
        case.headers = {**(case.headers or {}), **headers}
        response = case.call(headers=headers)
        statuses.add(response.status_code)
        try:
            validate(case, response, headers)
        except BaseExceptionGroup as group:  # FailureGroup: not an Exception
            raise AssertionError(
                f"{op.operation_id}: the fake answered {response.status_code} outside the contract:\n"
                f"{_failure_text(group)}\n{case.as_curl_command(headers=headers)}"
            ) from None

    check()
    assert statuses, f"{op.operation_id}: no call was made"
    assert any(200 <= s < 300 or s == 304 for s in statuses), (
        f"{op.operation_id}: the fake never answered 2xx (statuses {sorted(statuses)}); only errors were checked"
    )
    REGISTRY.fake.add(op.operation_id)


def test_fake_stateful_sequences(fake: FakeTavus) -> None:
    """create -> get -> update -> delete (and list -> get) chains, following the overlay's links."""
    # Only the linked operations and only these links: with the whole contract (93 operations) and the
    # links schemathesis infers, the steps spread thin and seldom reach an object a chain created.
    # ALWAYS_REPAIRED operations stay out: a chain may delete twice, which their contract cannot answer.
    linked = {*LINKS, *LIST_LINKS, *(target for _, targets in LINKS.values() for target in targets)}
    schema = schemathesis.openapi.from_dict(linked_contract()).include(operation_id=sorted(linked - ALWAYS_REPAIRED))
    schema.config.phases.stateful.inference.algorithms = []
    schema.app = fake.asgi_app
    schema.config.generation.update(modes=[GenerationMode.POSITIVE])
    headers = {"x-api-key": fake.api_key}
    machine = schema.as_state_machine()
    calls: list[str] = []
    stock = {"persona_id": fake.STOCK_PERSONA_ID, "document_id": "unused"}

    class FakeMachine(machine):  # type: ignore[misc, valid-type]
        """Each scenario gets a fresh fake (same seed): generation must not depend on earlier scenarios."""

        def setup(self) -> None:
            self.fake = FakeTavus()

        def teardown(self) -> None:
            self.fake.close()

        def before_call(self, case: Any) -> None:
            case.headers = {**(case.headers or {}), **headers}
            op = BY_LABEL[case.operation.label]
            if not op.path_params and op.body_schema() is not None:  # a create: keep to the prose rules
                _, _, body = repair(op, {}, {}, _body(case))
                case.body = with_references(body, stock, fake)

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"headers": headers, "app": self.fake.asgi_app}

        def after_call(self, response: Any, case: Any) -> None:
            super().after_call(response, case)
            calls.append(f"{case.operation.label} -> {response.status_code}")

        def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
            try:
                validate(case, response, headers)
            except BaseExceptionGroup as group:
                raise AssertionError(
                    f"{case.operation.label}: the fake answered {response.status_code} outside the contract:\n"
                    f"{_failure_text(group)}"
                ) from None

    FakeMachine.run(
        settings=hypothesis.settings(
            max_examples=examples(60, 200),
            stateful_step_count=6,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    linked_ok = {c.split(" ", 1)[0] for c in calls if "{" in c and c.rsplit(" ", 1)[1].startswith("2")}
    created = {c for c in calls if c.startswith("POST") and "{" not in c and c.endswith("-> 200")}
    assert {"GET", "PATCH", "DELETE"} <= linked_ok, f"linked steps did not reach existing objects: {sorted(set(calls))}"
    assert len(created) >= 5, f"too few successful creates to chain from: {sorted(set(calls))}"


def _tampered(app: Any, path: str, status: int | None = None, body: bytes | None = None) -> Any:
    """An ASGI app answering like `app`, except for `path`: another status and/or body."""

    async def tampered(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") != "http" or scope.get("path") != path:
            await app(scope, receive, send)
            return

        async def patched_send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-length"]
                if body is not None:
                    headers.append((b"content-length", str(len(body)).encode()))
                message = {**message, "status": status or message["status"], "headers": headers}
            elif message["type"] == "http.response.body" and body is not None:
                message = {**message, "body": body, "more_body": False}
            await send(message)

        await app(scope, receive, patched_send)

    return tampered


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (None, b'{"data": "not a list", "total_count": "many"}', "Response violates schema"),
        (418, None, "Undocumented status code"),
        (500, None, "Server error"),
    ],
    ids=["schema", "status", "server-error"],
)
def test_checks_catch_a_nonconforming_app(
    fake: FakeTavus, status: int | None, body: bytes | None, expected: str
) -> None:
    """The same checks fail on an app that answers outside the contract."""
    op = OPS_BY_ID["listReplicas"]
    schema = schemathesis.openapi.from_dict(contract())
    schema.app = _tampered(fake.asgi_app, op.path, status, body)
    headers = {"x-api-key": fake.api_key}
    case = schema[op.path][op.method].Case(headers=headers)
    response = case.call(headers=headers)
    with pytest.raises(BaseExceptionGroup) as info:
        case.validate_response(response, checks=CHECKS, headers=headers)
    assert expected in _failure_text(info.value), _failure_text(info.value)
