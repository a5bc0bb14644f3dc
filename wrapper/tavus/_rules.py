"""The rules the contract writes in prose, checked before anything is sent.

Types, enums, bounds and required fields come from the contract's schemas (`_schema.py`). What no
schema holds is here, one function per operation, each rule next to the contract's words it comes
from (quoted from `openapi/tavus-openapi.yaml`, or from the supplement `tavus-openapi.newer.yaml` for
the operations it restates). A rule refuses only what those words forbid: where
the contract types a field as a plain string and says nothing more, any string passes (Tavus's own
guides send `callback_url: ""`). Keys are the generated operation modules' names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from ._errors import TavusValidationError
from ._validation import check_json_patch, check_url

__all__ = ["DOWNLOAD_URLS", "RULES", "check_rules"]

Fields = Mapping[str, Any]
Check = Callable[[Fields], None]
RULES: dict[str, list[Check]] = {}


def rule(*module_names: str) -> Callable[[Check], Check]:
    """Register a check of the named operations' arguments (contract names; the body of a JSON Patch
    operation is `body`), run in the order registered."""

    def register(check: Check) -> Check:
        for name in module_names:
            RULES.setdefault(name, []).append(check)
        return check

    return register


def check_rules(module_name: str, fields: Fields) -> None:
    for check in RULES.get(module_name, ()):
        check(fields)


def exactly_one(fields: Fields, *names: str) -> None:
    present = [n for n in names if n in fields]
    if len(present) != 1:
        which = "both " + " and ".join(present) if present else "neither"
        raise TavusValidationError("/".join(names), f"exactly one of {' or '.join(names)} is required, got {which}")


# The links Tavus downloads itself, per operation: an address it cannot fetch (relative, `file:`)
# is refused. Their contract words are quoted next to each operation's rule below.
DOWNLOAD_URLS: dict[str, tuple[str, ...]] = {
    "create_replica": ("train_video_url", "train_image_url", "consent_video_url"),
    "create_face": ("train_video_url", "train_image_url", "consent_video_url"),
    "generate_video": ("audio_url", "background_url", "background_source_url", "watermark_image_url"),
    "create_document": ("document_url",),
}


def urls(fields: Fields, module_name: str) -> None:
    for name in DOWNLOAD_URLS[module_name]:
        if name in fields:
            check_url(name, fields[name])


def at_most(field: str, value: Any, characters: int) -> None:
    if isinstance(value, str) and len(value) > characters:
        raise TavusValidationError(field, f"must be at most {characters} characters, got {len(value)}")


def _training(fields: Fields, module_name: str, voices: tuple[str, ...]) -> None:
    """The training rules Create Replica and Create Face share (a face is a replica)."""
    # train_video_url: "Do not send `train_image_url` in the same request."; the operation "Creates a
    # new replica from a training video or image URL".
    exactly_one(fields, "train_video_url", "train_image_url")
    # train_image_url: "Requires `voice_name`." / voice_name: "Required when `train_image_url` is set."
    # Create Face (the supplement): train_image_url "needs a voice (voice_name or default_voice_id)";
    # default_voice_id: "for image-based training send this or voice_name, not both".
    if "train_image_url" in fields:
        given = [name for name in voices if name in fields]
        if not given:
            raise TavusValidationError("/".join(voices), "is required with train_image_url")
        if len(given) > 1:
            raise TavusValidationError("/".join(voices), "give one voice with train_image_url, not both")
    # "A direct download link such as a presigned S3 URL or other publicly reachable file",
    # "A direct link to a publicly accessible image", "Optional direct link to a separate video".
    urls(fields, module_name)


@rule("create_replica")
def _create_replica(fields: Fields) -> None:
    _training(fields, "create_replica", ("voice_name",))


@rule("create_face")
def _create_face(fields: Fields) -> None:
    _training(fields, "create_face", ("voice_name", "default_voice_id"))


@rule("update_face")
def _update_face(fields: Fields) -> None:
    # face_name: "New name; must not be null or blank."; default_voice_id: "... must not be null or blank."
    for name in ("face_name", "default_voice_id"):
        value = fields.get(name)
        if isinstance(value, str) and not value.strip():
            raise TavusValidationError(name, "must not be blank")


@rule("generate_video")
def _generate_video(fields: Fields) -> None:
    # "The only required body parameters are `replica_id` and either `script` or `audio_url`." (the
    # published schema: a oneOf of {required: [script]} and {required: [audio_url]}, so not both).
    # An empty script is not refused: the contract sets no minimum length.
    exactly_one(fields, "script", "audio_url")
    # "A download link to a .wav or .mp3 file that is publicly accessible", "A link to a website ...
    # must be publicly accessible and properly formed", "A direct link to a video that is publicly
    # accessible", "A direct link to a image that is publicly accessible".
    urls(fields, "generate_video")


@rule("create_conversation")
def _create_conversation(fields: Fields) -> None:
    # replica_id: "Each request must have a valid `replica_id` value that's either directly passed in
    # or as part of a persona." The supplement (tavus-openapi.newer.yaml) renames them: face_id "Needed
    # unless the PAL has a default face ... Replaces replica_id", pal_id "Replaces persona_id", and
    # replica_id / persona_id are each "Legacy alias of face_id / pal_id, still accepted".
    if not {"face_id", "pal_id", "replica_id", "persona_id"} & fields.keys():
        raise TavusValidationError("face_id/pal_id", "give face_id (replica_id), or a pal_id (persona_id) that has one")


@rule("create_persona", "create_pal")
def _create_persona(fields: Fields) -> None:
    # system_prompt: "Each request must have a `system_prompt` value unless you're using echo mode."
    # (Create PAL: "System prompt for the LLM; required unless pipeline_mode is echo.")
    if fields.get("pipeline_mode") != "echo" and "system_prompt" not in fields:
        raise TavusValidationError("system_prompt", "is required unless pipeline_mode is 'echo'")


_NO_SPACE = re.compile(r"\S+")
_WORD = re.compile(r"[A-Za-z0-9_]+")


@rule("create_objectives")
def _create_objectives(fields: Fields) -> None:
    # objective_name: "This must be a string value without spaces."
    for i, item in enumerate(fields.get("data", [])):
        name = item.get("objective_name")
        if isinstance(name, str) and not _NO_SPACE.fullmatch(name):
            raise TavusValidationError(f"data[{i}].objective_name", "must be a non-empty string without spaces")


@rule("create_guardrails")
def _create_guardrails(fields: Fields) -> None:
    # The supplement: "The same path still creates a legacy guardrail set when the body has name and
    # data instead of a top-level guardrail_name" - the server tells the two apart by shape, so one
    # body must not hold both.
    if {"name", "data"} & fields.keys() and "guardrail_name" in fields:
        raise TavusValidationError("guardrail_name/data", "give one guardrail (guardrail_name, ...) or a set, not both")
    # guardrail_name: "Only alphanumeric characters and underscores are allowed." (a set's items), and
    # "Name of the guardrail - letters, digits and underscores only." (one guardrail).
    name = fields.get("guardrail_name")
    if isinstance(name, str) and not _WORD.fullmatch(name):
        raise TavusValidationError("guardrail_name", "may hold only letters, digits and underscores")
    for i, item in enumerate(fields.get("data", [])):
        name = item.get("guardrail_name")
        if isinstance(name, str) and not _WORD.fullmatch(name):
            raise TavusValidationError(f"data[{i}].guardrail_name", "may hold only letters, digits and underscores")


@rule("create_tool", "update_tool")
def _tool(fields: Fields) -> None:
    # parameters: "Property names starting with tavus_ are reserved and rejected."
    parameters = fields.get("parameters")
    properties = parameters.get("properties") if isinstance(parameters, Mapping) else None
    for name in properties if isinstance(properties, Mapping) else ():
        if isinstance(name, str) and name.startswith("tavus_"):
            raise TavusValidationError(f"parameters.properties.{name}", "names starting with tavus_ are reserved")
    # description: "description plus serialized parameters may total at most 10000 characters".
    description = fields.get("description")
    if isinstance(description, str):
        serialized = json.dumps(parameters, separators=(",", ":")) if parameters is not None else ""
        if len(description) + len(serialized) > 10000:
            raise TavusValidationError("description", "with the serialized parameters, at most 10000 characters")


@rule("create_tool")
def _create_tool(fields: Fields) -> None:
    # static_filler: "Phrase spoken while the call is in flight; required when on_call is static_filler."
    if fields.get("on_call") == "static_filler" and "static_filler" not in fields:
        raise TavusValidationError("static_filler", "is required when on_call is 'static_filler'")


def _crawl(crawl: Any) -> None:
    # crawl.depth: "How many levels deep to follow links from the starting URL (1-10)."
    # crawl.max_pages: "Maximum number of pages to crawl (1-100)."
    if not isinstance(crawl, Mapping):
        return
    for name, top in (("depth", 10), ("max_pages", 100)):
        value = crawl.get(name)
        if isinstance(value, int) and not 1 <= value <= top:
            raise TavusValidationError(f"crawl.{name}", f"must be between 1 and {top}, got {value}")


@rule("create_document")
def _create_document(fields: Fields) -> None:
    # document_url: "Direct URL to a file or a website".
    urls(fields, "create_document")
    _crawl(fields.get("crawl"))


@rule("recrawl_document")
def _recrawl_document(fields: Fields) -> None:
    _crawl(fields.get("crawl"))


def check_pronunciation_rules(field: str, rules: Any) -> None:
    """rules: "Duplicate `text` values are not allowed."; text "Max 200 characters."; pronunciation
    "Max 500 characters."."""
    if not isinstance(rules, list):
        return
    seen: set[str] = set()
    for i, item in enumerate(rules):
        if not isinstance(item, Mapping):
            continue
        text = item.get("text")
        at_most(f"{field}[{i}].text", text, 200)
        at_most(f"{field}[{i}].pronunciation", item.get("pronunciation"), 500)
        if isinstance(text, str):
            if text in seen:
                raise TavusValidationError(f"{field}[{i}].text", f"duplicates an earlier rule's text {text!r}")
            seen.add(text)


@rule("create_pronunciation_dictionary")
def _create_pronunciation_dictionary(fields: Fields) -> None:
    at_most("name", fields.get("name"), 255)  # name: "Max 255 characters."
    check_pronunciation_rules("rules", fields.get("rules"))


@rule("patch_persona", "patch_pal", "patch_guardrails", "patch_objective", "patch_pronunciation_dictionary")
def _json_patch(fields: Fields) -> None:
    # value: "This field is not required for the `remove` operation" (RFC 6902: required for add,
    # replace and test; move and copy need `from`); path: "JSON Pointer (RFC 6901)".
    check_json_patch("operations", fields.get("body"))


@rule("patch_pronunciation_dictionary")
def _patch_pronunciation_dictionary(fields: Fields) -> None:
    # "Supported mutable fields are `name` and `rules`." (other paths are ignored, not refused: "Read-only
    # fields ... are silently ignored"); the values follow the create rules.
    for i, op in enumerate(fields.get("body", [])):
        if op.get("op") in ("add", "replace", "test") and op.get("path") == "/name":
            at_most(f"operations[{i}].value", op.get("value"), 255)
        if op.get("op") in ("add", "replace", "test") and op.get("path") == "/rules":
            check_pronunciation_rules(f"operations[{i}].value", op.get("value"))
