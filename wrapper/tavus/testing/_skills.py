"""Skill operations (the supplement): the stock registry (List Skills) and the skills attached to a
PAL (list, replace the whole set, get, attach, update, detach).

The registry holds the skills the docs pages name: internet_search (no configuration), presentation
(`document_ids` required, `slides_trigger` on_demand - the default - or walk_the_deck, `prompt`) and
magic_canvas (an optional sparse `components` overlay). List Skills' schema was not recovered past
"object", so the fake answers `{"data": [{"skill_id", "name", "description", "config_schema"}]}`.
A config is validated against its skill's schema: a misfit is the documented 400 (`Bad Request: {...}`),
an unknown skill the documented 404 (400 on Get and Detach PAL Skill, which document no 404). Update
PAL Skill merges: fields sent replace, fields set to null are removed; it cannot create an
attachment (400).
"""

from __future__ import annotations

from typing import Any

from ._errors import ApiError, invalid
from ._handler import Call, Registry, Reply
from ._render import skill_attachment_view
from ._store import SkillAttachment, State, live
from ._validation import schema_errors

HANDLERS = Registry()
JSON = dict[str, Any]

REGISTRY: tuple[JSON, ...] = (
    {
        "skill_id": "internet_search",
        "name": "Internet Search",
        "description": "Search the web for current information during the conversation.",
        "config_schema": {"type": "object", "properties": {}},
    },
    {
        "skill_id": "presentation",
        "name": "Presentation",
        "description": "Present slides from knowledge-base documents.",
        "config_schema": {
            "type": "object",
            "required": ["document_ids"],
            "properties": {
                "document_ids": {"type": "array", "items": {"type": "string"}},
                "slides_trigger": {"type": "string", "enum": ["on_demand", "walk_the_deck"]},
                "prompt": {"type": "string"},
            },
        },
    },
    {
        "skill_id": "magic_canvas",
        "name": "Magic Canvas",
        "description": "Show interactive components (charts, forms, ...) beside the conversation.",
        "config_schema": {"type": "object", "properties": {"components": {"type": "object"}}},
    },
)
SKILLS = {skill["skill_id"]: skill for skill in REGISTRY}


def _skill(skill_id: str, status: int = 404) -> JSON:
    skill = SKILLS.get(skill_id)
    if skill is None:
        raise ApiError(status, f"Unknown skill '{skill_id}'")
    return skill


def _validated(skill_id: str, config: Any, status: int = 404) -> JSON:
    skill = _skill(skill_id, status)
    message = schema_errors(skill["config_schema"], config)
    if message is not None:
        field, _, rule = message.partition(": ")
        raise ApiError(400, f"Bad Request: {{{field!r}: [{rule!r}]}}")
    result: JSON = config
    return result


def _attachments(state: State, call: Call, *, writable: bool = False) -> dict[str, SkillAttachment]:
    pal = live(state.personas, call.path["pal_id"])
    if pal is None:
        raise ApiError(400, "PAL not found")  # the documented example
    if writable and pal.system:
        raise invalid("pal_id", "stock PALs cannot be modified")
    return state.pal_skills.setdefault(pal.id, {})


def _attached(state: State, call: Call, unknown: int = 400) -> SkillAttachment:
    """The PAL's attachment of the path's skill; an unknown skill is `unknown` (Update PAL Skill
    documents 404, Get and Detach only 400), a known one not attached a 400."""
    skill_id = call.path["skill_id"]
    attachment = _attachments(state, call).get(skill_id)
    if attachment is None:
        _skill(skill_id, unknown)
        raise ApiError(400, f"Skill '{skill_id}' is not attached to this PAL")
    return attachment


def _all(attachments: dict[str, SkillAttachment]) -> JSON:
    return {"data": {skill_id: skill_attachment_view(a) for skill_id, a in attachments.items()}}


@HANDLERS.op("listSkills")
def list_skills(state: State, call: Call) -> Reply:
    return Reply(200, {"data": [dict(skill) for skill in REGISTRY]})


@HANDLERS.op("listPersonaSkills")
def list_pal_skills(state: State, call: Call) -> Reply:
    return Reply(200, _all(_attachments(state, call)))


@HANDLERS.op("replacePersonaSkills")
def replace_pal_skills(state: State, call: Call) -> Reply:
    attachments = _attachments(state, call, writable=True)
    skills: dict[str, JSON] = call.body["skills"]
    configs = {skill_id: _validated(skill_id, value.get("config", {}), 400) for skill_id, value in skills.items()}
    now = state.now()
    replaced = {
        skill_id: SkillAttachment(
            skill_id, config, attachments[skill_id].attached_at if skill_id in attachments else now, now
        )
        for skill_id, config in configs.items()
    }
    attachments.clear()
    attachments.update(replaced)
    return Reply(200, _all(attachments))


@HANDLERS.op("getPersonaSkill")
def get_pal_skill(state: State, call: Call) -> Reply:
    return Reply(200, skill_attachment_view(_attached(state, call)))


@HANDLERS.op("attachSkillToPal")
def attach_skill(state: State, call: Call) -> Reply:
    attachments = _attachments(state, call, writable=True)
    skill_id = call.path["skill_id"]
    config = _validated(skill_id, (call.body or {}).get("config", {}))  # "default {}"
    now = state.now()
    earlier = attachments.get(skill_id)
    attachments[skill_id] = SkillAttachment(skill_id, config, earlier.attached_at if earlier else now, now)
    return Reply(200, skill_attachment_view(attachments[skill_id]))


def _merge(config: JSON, changes: JSON) -> JSON:
    merged = dict(config)
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


@HANDLERS.op("updatePalSkill")
def update_skill(state: State, call: Call) -> Reply:
    _attachments(state, call, writable=True)
    attachment = _attached(state, call, unknown=404)
    config = _validated(attachment.skill_id, _merge(attachment.config, call.body["config"]))
    attachment.config, attachment.updated_at = config, state.now()
    return Reply(200, skill_attachment_view(attachment))


@HANDLERS.op("detachSkillFromPal")
def detach_skill(state: State, call: Call) -> Reply:
    attachments = _attachments(state, call, writable=True)
    attachment = _attached(state, call)
    del attachments[attachment.skill_id]
    return Reply(204)
