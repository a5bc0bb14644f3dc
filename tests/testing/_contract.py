"""An independent check that every fake response honours the contract (openapi.json).

Uses `openapi_schema_validator.OAS30Validator` on the raw OpenAPI 3.0 schemas (`nullable` and
all, `$ref`s resolved against the whole contract), not the fake's own converter, so the two
implementations keep each other honest.

One deliberate opening: the overlay turns the request enums of model names (`perception_model`,
`turn_detection_model`, `tts_engine`) into `x-known-values` so a model Tavus ships after the
contract passes; a persona created with one is answered with it, so the same fields of the persona
responses are checked without their enum.
"""

from __future__ import annotations

import copy
import importlib.resources
import json
import re
from functools import cache
from typing import Any

import httpx
from openapi_schema_validator import OAS30Validator

from tavus.testing._core import HANDLERS

# Statuses the fake answers although the operation does not document them (see the fake's docs):
# request-schema violations on list operations (which document no 400), auth on patchPersona
# (which documents no 401), and every error of the transcription and replacement operations, which
# document only their success (a missing id is a 400, as for the other legacy jobs).
LIST_OPS = ("listReplicas", "listVideos", "listConversations", "listPersonas", "listGuardrails", "getObjectives")
SILENT_OPS = (
    *("createTranscription", "listTranscriptions", "getTranscription", "deleteTranscription"),
    *("createReplacement", "listReplacements", "getReplacement", "deleteReplacement"),
)
# The supplement's operations whose error responses its docs pages did not show (`x-tavus-unrecovered`).
UNRECOVERED_ERRORS = (
    *("listFaces", "createFace", "getFace", "updateFace", "createVoice", "getVoice"),
    *("sendAppMessage", "recordCanvasInteraction", "listCanvasInteractions"),
)
UNDOCUMENTED_OK = {
    **{op: {400} for op in (*LIST_OPS, "getVoices", "listPronunciationDictionaries", "listLipsyncs")},
    **{op: {400, 401} for op in (*SILENT_OPS, *UNRECOVERED_ERRORS)},
    "patchPersona": {401},
    # The supplement's PAL, tool and skill pages document few errors (not recovered): the fake answers
    # a missing id or a state rule with a 400, as the operations beside them document.
    **{op: {400} for op in ("listPals", "createPal", "getPal", "patchPal", "publishPal", "listPalTools")},
    **{op: {400} for op in ("attachToolsToPal", "listTools", "createTool", "updateTool")},
    **{op: {400} for op in ("listPersonaSkills", "replacePersonaSkills")},
    # deployments: a missing one is a 404 (as Init and End document it), a wrong If-Match a 412 (HTTP's
    # answer; the contract prints none), and the key and body checks
    "getDeployment": {401, 404},
    "patchDeployment": {400, 401, 404, 412, 422},
    "startDeploymentConversation": {400, 403, 404},
}
# response paths (below the persona) whose enum the overlay opened in the create request
OPEN_PERSONA_FIELDS = (
    ("layers", "perception", "perception_model"),
    ("layers", "conversational_flow", "turn_detection_model"),
    ("layers", "tts", "tts_engine"),
)
PERSONA_RESPONSES = ("getPersona", "listPersonas")


@cache
def contract() -> dict[str, Any]:
    text = importlib.resources.files("tavus_api").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


@cache
def _routes() -> list[tuple[str, re.Pattern[str], str, dict[str, Any]]]:
    routes = []
    for path, item in contract()["paths"].items():
        pattern = re.compile("^" + re.sub(r"\{[a-z_]+\}", "[^/]+", path) + "$")
        for method, op in item.items():
            if method in ("get", "post", "patch", "put", "delete"):
                routes.append((method.upper(), pattern, op["operationId"], op))
    return routes


def _opened(operation_id: str, status: int, schema: dict[str, Any]) -> dict[str, Any]:
    if operation_id not in PERSONA_RESPONSES or status != 200:
        return schema
    schema = copy.deepcopy(schema)
    persona = schema["properties"]["data"]["items"]
    for path in OPEN_PERSONA_FIELDS:
        node: Any = persona
        for name in path:
            node = node.get("properties", {}).get(name, {})
        node.pop("enum", None)
    return schema


def operation_for(method: str, path: str) -> tuple[str, dict[str, Any]] | None:
    for route_method, pattern, operation_id, op in _routes():
        if route_method == method and pattern.match(path):
            return operation_id, op
    return None


def all_operation_ids() -> set[str]:
    return {operation_id for _, _, operation_id, _ in _routes()}


class ContractChecker:
    """An httpx response hook: documented status, content type and body schema, for every response."""

    def __init__(self) -> None:
        self.seen: set[tuple[str, int]] = set()

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        check_response(response)
        found = operation_for(response.request.method, response.request.url.path)
        if found is not None:
            self.seen.add((found[0], response.status_code))


def check_response(response: httpx.Response) -> None:
    found = operation_for(response.request.method, response.request.url.path)
    if found is None:
        assert response.status_code in (404, 405), response.text
        return
    operation_id, op = found
    if operation_id not in HANDLERS:  # in the contract, not in the fake yet: it says so, with a 501
        assert (response.status_code, response.json()) == (
            501,
            {"message": f"the fake does not implement {operation_id} yet"},
        )
        return
    code = response.status_code
    documented = op["responses"].get(str(code), op["responses"].get(f"{code // 100}XX"))  # the supplement's 2XX
    if documented is None:
        allowed = UNDOCUMENTED_OK.get(operation_id, set())
        assert response.status_code in allowed, f"{operation_id}: undocumented {response.status_code} {response.text}"
        return
    content = documented.get("content", {}).get("application/json")
    if content is None:
        assert response.content == b"", f"{operation_id} {response.status_code}: unexpected body {response.text}"
        return
    if response.status_code == 304:  # HTTP forbids a body on 304; the spec documents one anyway
        assert response.content == b""
        return
    assert response.headers["content-type"].startswith("application/json"), response.headers
    schema = {
        **_opened(operation_id, response.status_code, content["schema"]),
        "components": contract().get("components", {}),
    }
    errors = sorted(OAS30Validator(schema).iter_errors(response.json()), key=str)
    assert not errors, f"{operation_id} {response.status_code}: {errors[0].message} in {response.text}"
