"""Repairs of generated inputs that the wrapper rejects client-side by a documented prose rule.

schemathesis generates inputs that are valid against the schemas; some of them break rules that
the contract states only in prose (`tavus/_rules.py`, which the wrapper checks before sending,
raising `TavusValidationError`). Rather than discarding those inputs (which starves hypothesis),
each is repaired into the nearest input that keeps to the rule, and stays valid against the schema:

| rule (`tavus/_rules.py` quotes the contract's words)                 | repair                          |
|---------------------------------------------------------------------|---------------------------------|
| path ids cannot change the path: no / ? # % \\ whitespace, control  | drop those characters; '.', '..' |
|   characters, not empty, not '.' or '..' (URL semantics)            |   and '' become 'id'            |
| download links (`DOWNLOAD_URLS`) are absolute http(s) URLs           | replaced by https://example.com/… |
| `limit` >= 1, `page` >= the first page (the wrapper's `PAGING`)      | raised to the minimum           |
| an omitted optional request body (the wrapper always sends one, and  | {} / [] with the required fields |
|   its required fields are required arguments)                        |   of a valid call               |
| createReplica: exactly one of train_video_url / train_image_url;    | keep one; add voice_name        |
|   voice_name with an image (createFace too; or default_voice_id)    |                                 |
| updateFace: face_name / default_voice_id not blank                  | replaced by a name              |
| recordCanvasInteraction: one interaction_id per content (idempotency)| a new interaction_id each time  |
| generateVideo: exactly one of script / audio_url                    | keep one / add script           |
| createConversation: replica_id or persona_id                        | add replica_id                  |
| createPersona, createPal: system_prompt unless pipeline_mode is echo | add system_prompt               |
| createTool: static_filler with on_call static_filler; tools: no      | add static_filler; rename;      |
|   tavus_ parameter names, description + parameters <= 10000 chars   |   truncate the description      |
| tools: name "unique within the account"                              | a numbered name each time       |
| createPal: a conferencing username belongs to one PAL                | a numbered username each time   |
| objective_name without spaces; guardrail_name of letters, digits, _  | replaced by a valid name        |
| createGuardrails: one guardrail (guardrail_name) or a set (name +   | drop the set's name and data    |
|   data), not both                                                    |                                 |
| crawl depth 1-10, max_pages 1-100                                    | clamped                         |
| pronunciation rules: name <= 255, text <= 200, pronunciation <= 500, | truncated; texts made unique    |
|   no two rules with one text (also in JSON Patch values)            |                                 |
| JSON Patch: a non-empty list; `path`/`from` are JSON Pointers        | fix the pointer; add `value`    |
|   (RFC 6901); add/replace/test carry `value`, move/copy `from`      |   / `from`; add one op          |
"""

from __future__ import annotations

import copy
import itertools
import re
from typing import Any
from urllib.parse import urlsplit

from tavus._rules import DOWNLOAD_URLS
from tavus._schema import inline_refs

from ._contract import VALID_CALLS, Op, contract

_INTERACTIONS = itertools.count(1)
_TOOL_NAMES = itertools.count(1)
_USERNAMES = itertools.count(1)
_ID_BAD = re.compile(r"[/?#%\\\s]")


def repair_id(value: Any) -> str:
    if not isinstance(value, str):
        value = str(value)
    cleaned = "".join(ch for ch in _ID_BAD.sub("", value) if ch.isprintable())
    return "id" if cleaned in ("", ".", "..") else cleaned


def _is_url(value: Any) -> bool:
    if not isinstance(value, str) or any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _urls(obj: dict[str, Any], names: tuple[str, ...]) -> None:
    for key in names:
        if key in obj and not _is_url(obj[key]):
            obj[key] = f"https://example.com/{key}"


def _crawl(crawl: Any) -> None:
    if isinstance(crawl, dict):
        for name, top in (("depth", 10), ("max_pages", 100)):
            if isinstance(crawl.get(name), int):
                crawl[name] = min(max(crawl[name], 1), top)


def _rules(rules: Any) -> Any:
    if not isinstance(rules, list):
        return rules
    for i, rule in enumerate(rules):
        if isinstance(rule, dict):
            if isinstance(rule.get("text"), str):
                rule["text"] = f"{i}{rule['text'][:190]}"  # unique, and at most 200 characters
            if isinstance(rule.get("pronunciation"), str):
                rule["pronunciation"] = rule["pronunciation"][:500]
    return rules


def _pointer(value: Any) -> str:
    text = value if isinstance(value, str) else ""
    text = re.sub(r"~(?![01])", "~0", text)
    return text if text == "" or text.startswith("/") else "/" + text


def _patch_ops(ops: list[Any]) -> list[Any]:
    if not ops:
        ops = [{"op": "replace", "path": "/name", "value": "x"}]
    for op in ops:
        op["path"] = _pointer(op.get("path"))
        if op.get("op") in ("add", "replace", "test") and "value" not in op:
            op["value"] = "x"
        if op.get("op") in ("move", "copy"):
            op["from"] = _pointer(op.get("from"))
    return ops


def repair(
    op: Op, path: dict[str, Any], query: dict[str, Any], body: Any
) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """Copies of the inputs, repaired as the module docstring says."""
    path = {k: repair_id(v) for k, v in path.items()}
    query = dict(query)
    body = copy.deepcopy(body)
    if "limit" in query and query["limit"] < 1:
        query["limit"] = 1
    if "page" in query and query["page"] < op.first_page:
        query["page"] = op.first_page
    oid = op.operation_id
    schema = op.body_schema()
    schema = None if schema is None else inline_refs(schema, contract())  # the supplement's bodies are $refs
    if body is None and schema is not None:  # an omitted optional body: the wrapper sends one anyway
        body = [] if schema.get("type") == "array" else {}
        for name in schema.get("required", []):
            body[name] = copy.deepcopy(VALID_CALLS[oid][1][name])
    if isinstance(body, list):
        body = _patch_ops(body)
        if oid == "patchPronunciationDictionary":
            for item in body:
                if item.get("path") == "/name" and isinstance(item.get("value"), str):
                    item["value"] = item["value"][:255]
                if item.get("path") == "/rules":
                    item["value"] = _rules(item.get("value"))
    if not isinstance(body, dict):
        return path, query, body
    _urls(body, DOWNLOAD_URLS.get(_snake(oid), ()))
    _crawl(body.get("crawl"))
    # guardrail_name: letters, digits and underscores, in a set's items and in one guardrail's body
    items = body.get("data", []) if isinstance(body.get("data"), list) else []
    for i, item in enumerate([*items, body] if "guardrail_name" in body else items):
        if (
            isinstance(item, dict)
            and "objective_name" in item
            and not re.fullmatch(r"\S+", str(item["objective_name"]))
        ):
            item["objective_name"] = f"objective_{i}"
        if (
            isinstance(item, dict)
            and "guardrail_name" in item
            and not re.fullmatch(r"\w+", str(item["guardrail_name"]), re.ASCII)
        ):
            item["guardrail_name"] = f"guardrail_{i}"
    if oid in ("createReplica", "createFace"):  # Create Face takes Create Replica's rules
        if "train_video_url" in body and "train_image_url" in body:
            del body["train_image_url"]
        if "train_video_url" not in body and "train_image_url" not in body:
            body["train_video_url"] = "https://example.com/train.mp4"
        if "train_image_url" in body:
            if "voice_name" in body and "default_voice_id" in body:
                del body["default_voice_id"]
            if "default_voice_id" not in body:
                body.setdefault("voice_name", "voice")
    elif oid == "createGuardrails":  # one guardrail or a legacy set, told apart by the body's shape
        if "guardrail_name" in body:
            body.pop("name", None)
            body.pop("data", None)
    elif oid == "recordCanvasInteraction":
        # interaction_id is an idempotency key: reused with other content, the fake refuses it
        body["interaction_id"] = f"ci_{next(_INTERACTIONS)}"
    elif oid == "updateFace":
        for name in ("face_name", "default_voice_id"):
            if isinstance(body.get(name), str) and not body[name].strip():
                body[name] = "changed"
    elif oid == "generateVideo":
        if "script" in body and "audio_url" in body:
            del body["audio_url"]
        if "script" not in body and "audio_url" not in body:
            body["script"] = "Hello"
    elif oid == "createConversation":
        if "replica_id" not in body and "persona_id" not in body:
            body["replica_id"] = "r1"
    elif oid in ("createPersona", "createPal"):
        if body.get("pipeline_mode", "full") != "echo" and "system_prompt" not in body:
            body["system_prompt"] = "You are helpful."
        conferencing = body.get("layers", {}).get("conferencing") if isinstance(body.get("layers"), dict) else None
        if isinstance(conferencing, dict) and isinstance(conferencing.get("username"), str):
            # one PAL per username: numbered, still ^[a-zA-Z0-9][a-zA-Z0-9._-]*[a-zA-Z0-9]$
            conferencing["username"] = f"{conferencing['username']}{next(_USERNAMES)}"
    elif oid in ("createTool", "updateTool"):
        _repair_tool(oid, body)
    elif oid == "createPronunciationDictionary":
        if isinstance(body.get("name"), str):
            body["name"] = body["name"][:255]
        body["rules"] = _rules(body.get("rules"))
        if body["rules"] is None:
            del body["rules"]
    return path, query, body


def _repair_tool(oid: str, body: dict[str, Any]) -> None:
    if isinstance(body.get("name"), str):  # "unique within the account": numbered, still ^[a-zA-Z_]\w{0,63}$
        suffix = f"_{next(_TOOL_NAMES)}"
        body["name"] = body["name"][: 64 - len(suffix)] + suffix
    if oid == "createTool" and body.get("on_call") == "static_filler":
        body.setdefault("static_filler", "One moment.")
    parameters = body.get("parameters")
    properties = parameters.get("properties") if isinstance(parameters, dict) else None
    if isinstance(properties, dict):
        parameters["properties"] = {
            (f"x_{k}" if isinstance(k, str) and k.startswith("tavus_") else k): v for k, v in properties.items()
        }
    if isinstance(body.get("description"), str):
        import json

        room = 10000 - (len(json.dumps(parameters, separators=(",", ":"))) if parameters is not None else 0)
        body["description"] = body["description"][: max(room, 0)]


def _snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()
