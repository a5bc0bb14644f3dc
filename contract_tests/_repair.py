"""Repairs of generated inputs that the wrapper rejects client-side by a documented prose rule.

schemathesis generates inputs that are valid against the schemas; some of them break rules that
the spec states only in prose (and the wrapper checks before sending, raising
`TavusValidationError`). Rather than discarding those inputs (which starves hypothesis), each is
repaired into the nearest input that keeps to the rule, and stays valid against the schema:

| rule (where the spec states it)                                     | repair                          |
|---------------------------------------------------------------------|---------------------------------|
| path ids cannot change the path: no / ? # % \\ whitespace, control   | drop those characters; '.', '..' |
|   characters, not empty, not '.' or '..' (URL semantics)            |   and '' become 'id'            |
| URL fields (`*_url`) are absolute http(s) download links (prose)     | replaced by https://example.com/… |
| `limit` >= 1, `page` >= the first page (1; listDocuments 0)          | raised to the minimum           |
| createReplica: exactly one of train_video_url / train_image_url;    | keep one; add voice_name;       |
|   voice_name with an image; auto_fix_training_image only with an     |   drop the field that does not  |
|   image; consent_video_url only with a video                         |   apply                         |
| generateVideo: exactly one of script / audio_url; replica_id an id   | keep one / add script           |
| createConversation: replica_id or persona_id                        | add replica_id                  |
| createPersona: system_prompt unless pipeline_mode is echo; layers    | add system_prompt; drop non-    |
|   are objects                                                       |   object layers                 |
| createObjectives: `data` has at least one objective                 | add one                         |
| patchDocument: at least one field                                   | add document_name               |
| an omitted optional request body (the wrapper always sends one)     | {} / [] then the rules above    |
| rename*: the new name is not blank                                  | 'renamed'                       |
| JSON Patch: a non-empty list; `path`/`from` are JSON Pointers        | fix the pointer; add `value`    |
|   (RFC 6901); add/replace/test carry `value`, move/copy `from`      |   / `from`; add one op          |
"""

from __future__ import annotations

import copy
import re
from typing import Any
from urllib.parse import urlsplit

from ._contract import Op

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


def _urls(obj: dict[str, Any]) -> None:
    for key, value in list(obj.items()):
        if key.endswith("_url") and isinstance(value, str) and not _is_url(value):
            obj[key] = f"https://example.com/{key}"


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
    if body is None and schema is not None:  # an omitted optional body: the wrapper sends one anyway
        body = [] if schema.get("type") == "array" else {}
    if oid == "createDocument" and "document_url" not in body:  # pragma: no cover - required by the schema
        body["document_url"] = "https://example.com/doc.pdf"
    if oid == "createObjectives":
        body.setdefault("data", [])
    if oid in ("renameReplica", "renameVideo", "generateVideo"):
        body.setdefault({"renameReplica": "replica_name", "renameVideo": "video_name"}.get(oid, "replica_id"), "")
    if isinstance(body, list):
        body = _patch_ops(body)
    if not isinstance(body, dict):
        return path, query, body
    _urls(body)
    for item in body.get("data", []) if isinstance(body.get("data"), list) else []:
        if isinstance(item, dict):
            _urls(item)
    if oid == "createReplica":
        if "train_video_url" in body and "train_image_url" in body:
            del body["train_image_url"]
        if "train_video_url" not in body and "train_image_url" not in body:
            body["train_video_url"] = "https://example.com/train.mp4"
        if "train_image_url" in body:
            if not str(body.get("voice_name", "")).strip():
                body["voice_name"] = "voice"
            body.pop("consent_video_url", None)
        else:
            body.pop("auto_fix_training_image", None)
    elif oid == "generateVideo":
        body["replica_id"] = repair_id(body["replica_id"])  # '' becomes 'id'
        if "script" in body and "audio_url" in body:
            del body["audio_url"]
        if "script" not in body and "audio_url" not in body:
            body["script"] = "Hello"
    elif oid == "createConversation":
        if "replica_id" not in body and "persona_id" not in body:
            body["replica_id"] = "r1"
    elif oid == "createPersona":
        if body.get("pipeline_mode", "full") != "echo" and "system_prompt" not in body:
            body["system_prompt"] = "You are helpful."
        layers = body.get("layers")
        if isinstance(layers, dict):
            body["layers"] = {k: v for k, v in layers.items() if isinstance(v, dict)}
    elif oid == "createObjectives":
        if not body["data"]:
            body["data"] = [{"objective_name": "o", "objective_prompt": "p"}]
    elif oid == "patchDocument":
        if "document_name" not in body and "tags" not in body:
            body["document_name"] = "renamed"
    elif oid in ("renameReplica", "renameVideo"):
        name = "replica_name" if oid == "renameReplica" else "video_name"
        if not body[name].strip():
            body[name] = "renamed"
    return path, query, body
