"""Pronunciation dictionaries: create (201), list (0-based pages, newest first), get, JSON Patch, delete.

The stored document is `{"name", "rules"}`, each rule with the documented defaults filled in
(`case_sensitive: false`, `word_boundaries: true`). "Supported mutable fields are `name` and
`rules`": patch operations on any other path (the read-only `pronunciation_dictionary_id`,
`created_at`, `updated_at`, or inside `/rules`: "Updating rules replaces the entire rules array")
"are silently ignored", and a patch that changes nothing answers 304 without a body. A patch that
cannot be applied (failed `test`, bad pointer) is the documented 422 `{"message": "Invalid JSON
patch format: ..."}`; one whose result breaks the create schema or the prose rules a 400. The prose
rules (name at most 255 characters, rule text at most 200 and pronunciation at most 500, no two rules
with the same `text`) are the SDK's (`tavus._rules`), run on create and on a patch's result.
Missing ids are the documented 404 `{"message": "Pronunciation dictionary not found"}`. Deleting is
permanent and detaches the dictionary from every persona using it (`layers.tts.pronunciation_dictionary_id`).
"""

from __future__ import annotations

from typing import Any

from ._conformance import check_view
from ._errors import ApiError
from ._handler import Call, Registry, Reply
from ._pagination import listing
from ._patch import PatchFailed, apply_patch
from ._render import dictionary_view
from ._spec import load_spec
from ._store import Patchable, State, live
from ._validation import prose_rules, validate

HANDLERS = Registry()
MUTABLE = ("/name", "/rules")
RULE_DEFAULTS = {"case_sensitive": False, "word_boundaries": True}


def normalized(doc: dict[str, Any]) -> dict[str, Any]:
    return {"name": doc["name"], "rules": [{**RULE_DEFAULTS, **rule} for rule in doc.get("rules", [])]}


def found(state: State, call: Call) -> Patchable:
    record = live(state.dictionaries, call.path["dictionary_id"])
    if record is None:
        raise ApiError(404, "Pronunciation dictionary not found")
    return record


@HANDLERS.op("createPronunciationDictionary")
def create_dictionary(state: State, call: Call) -> Reply:
    body: dict[str, Any] = call.body
    prose_rules("create_pronunciation_dictionary", body)
    now = state.now()
    record = Patchable(
        id=state.ids.new("dictionary", state.dictionaries), doc=normalized(body), created_at=now, updated_at=now
    )
    check_view("dictionary", dictionary_view(record))
    state.dictionaries[record.id] = record
    return Reply(201, dictionary_view(record))


@HANDLERS.op("listPronunciationDictionaries")
def list_dictionaries(state: State, call: Call) -> Reply:
    records = [r for r in state.dictionaries.values() if not r.deleted]  # in creation order
    if call.query.get("sort", "desc") == "desc":
        records.reverse()
    return Reply(200, listing(records, state, call, lambda r: dictionary_view(r, rules=False), numbered=True))


@HANDLERS.op("getPronunciationDictionary")
def get_dictionary(state: State, call: Call) -> Reply:
    return Reply(200, dictionary_view(found(state, call)))


@HANDLERS.op("patchPronunciationDictionary")
def patch_dictionary(state: State, call: Call) -> Reply:
    record = found(state, call)
    supported = [op for op in call.body if op["path"] in MUTABLE]
    try:
        patched = apply_patch(record.doc, supported)
    except PatchFailed as exc:
        raise ApiError(422, f"Invalid JSON patch format: {exc}") from exc
    validate(load_spec().operations["createPronunciationDictionary"].body_schema or {}, patched)
    prose_rules("create_pronunciation_dictionary", patched)
    doc = normalized(patched)
    if doc == record.doc:
        return Reply(304)
    candidate = Patchable(id=record.id, doc=doc, created_at=record.created_at, updated_at=state.now())
    check_view("dictionary", dictionary_view(candidate))
    record.doc, record.updated_at = doc, candidate.updated_at
    return Reply(200, dictionary_view(record))


@HANDLERS.op("deletePronunciationDictionary")
def delete_dictionary(state: State, call: Call) -> Reply:
    record = found(state, call)
    del state.dictionaries[record.id]
    now = state.now()
    for persona in state.personas.values():
        tts = persona.doc.get("layers", {}).get("tts")
        if isinstance(tts, dict) and tts.get("pronunciation_dictionary_id") == record.id:
            del tts["pronunciation_dictionary_id"]
            persona.updated_at = now
    return Reply(204)
