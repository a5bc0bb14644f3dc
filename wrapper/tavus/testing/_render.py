"""Stored records -> the JSON bodies the API answers with, shaped by the spec's response schemas.

Optional fields without a value are left out rather than sent as null wherever the response schema
does not declare them nullable. Asset links point at `.invalid` hosts: they look real but can never
resolve, so a test cannot accidentally download from them.

Legacy guardrail sets and objectives are stored as *sets* (the create body: `{"name", "data": [...]}`), which is
also the document their JSON Patch paths address (`/data/0/guardrail_name`). The spec's GET schemas
describe a single item under `data`, so GET/list flatten the set's first item into the view and keep
the full list under `data.data`.
"""

from __future__ import annotations

from typing import Any

from ._clock import http_date, iso
from ._store import Conversation, Deployment, Document, Job, Patchable, Replica, SkillAttachment, Video

JSON = dict[str, Any]
ASSETS = "https://assets.tavus-fake.invalid"
ROOMS = "https://rooms.tavus-fake.invalid"
DEFAULT_MODEL = "phoenix-4"  # createReplica's model_name: "Defaults to `phoenix-4`"


def _percent(started: float, seconds: float, now: float) -> int:
    if seconds <= 0:
        return 99
    return max(0, min(99, int((now - started) / seconds * 100)))


def replica_progress(replica: Replica, now: float) -> int:
    if replica.status == "completed":
        return 100
    if replica.stopped_progress is not None:
        return replica.stopped_progress
    return _percent(replica.created_at, replica.training_seconds, now)


def replica_view(replica: Replica, now: float, *, verbose: bool) -> JSON:
    view: JSON = {
        "replica_id": replica.replica_id,
        "replica_name": replica.replica_name,
        "status": replica.status,
        "training_progress": f"{replica_progress(replica, now)}/100",
        "created_at": iso(replica.created_at),
        "updated_at": iso(replica.updated_at),
        "error_message": replica.error_message,
        "model_name": replica.body.get("model_name", DEFAULT_MODEL),
    }
    if replica.status == "completed":
        view["thumbnail_video_url"] = f"{ASSETS}/replicas/{replica.replica_id}/thumbnail.mp4"
    if verbose:
        view["replica_type"] = replica.replica_type
    return view


def video_progress(video: Video, now: float) -> int:
    if video.status == "ready":
        return 100
    if video.stopped_progress is not None:
        return video.stopped_progress
    if video.status == "queued":
        return 0
    return _percent(video.created_at + video.queue_seconds, video.generation_seconds, now)


def hosted_url(video_id: str) -> str:
    return f"{ASSETS}/videos/{video_id}"


def video_links(video: Video) -> JSON:
    """download/stream/thumbnail links of a ready video (`fast` videos have no stream or thumbnails)."""
    base = hosted_url(video.video_id)
    links: JSON = {"download_url": f"{base}/video.mp4"}
    if not video.body.get("fast"):
        links["stream_url"] = f"{base}/stream.m3u8"
        links["still_image_thumbnail_url"] = f"{base}/thumbnail.jpg"
        links["gif_thumbnail_url"] = f"{base}/thumbnail.gif"
    return links


def video_status_details(video: Video) -> str:
    return {
        "queued": "Your request is queued.",
        "generating": "Your video is being generated.",
        "ready": "Your request has processed successfully!",
    }.get(video.status, video.error_details or "")


def video_data(video: Video) -> JSON:
    return {key: video.body[key] for key in ("script", "audio_url") if key in video.body}


def video_view(video: Video, now: float, *, thumbnails: bool) -> JSON:
    view: JSON = {
        "video_id": video.video_id,
        "video_name": video.video_name,
        "status": video.status,
        "data": video_data(video),
        "replica_id": video.body["replica_id"],
        "hosted_url": hosted_url(video.video_id),
        "status_details": video_status_details(video),
        "generation_progress": f"{video_progress(video, now)}/100",
        "created_at": http_date(video.created_at),
        "updated_at": http_date(video.updated_at),
    }
    for key in ("background_url", "background_source_url"):
        if key in video.body:
            view[key] = video.body[key]
    if video.status == "ready":
        links = video_links(video)
        if not thumbnails:
            links.pop("still_image_thumbnail_url", None)
            links.pop("gif_thumbnail_url", None)
        view.update(links)
    if video.status == "error" and video.error_details:
        view["error_details"] = video.error_details
    return view


def video_created_view(video: Video) -> JSON:
    return {
        "video_id": video.video_id,
        "video_name": video.video_name,
        "status": video.status,
        "hosted_url": hosted_url(video.video_id),
        "created_at": http_date(video.created_at),
    }


def conversation_url(conversation_id: str) -> str:
    return f"{ROOMS}/{conversation_id}"


def conversation_view(conversation: Conversation, *, verbose: bool = False) -> JSON:
    """getConversation's body; `verbose` adds `shutdown_reason` and the `events` so far, as the
    `verbose` parameter documents."""
    view: JSON = {
        "conversation_id": conversation.conversation_id,
        "conversation_name": conversation.body.get("conversation_name", "New Conversation"),
        "conversation_url": conversation_url(conversation.conversation_id),
        "status": conversation.status,
        "replica_id": conversation.replica_id,
        "created_at": iso(conversation.created_at),
        "updated_at": iso(conversation.updated_at),
    }
    if conversation.persona_id is not None:
        view["persona_id"] = conversation.persona_id
    if "callback_url" in conversation.body:
        view["callback_url"] = conversation.body["callback_url"]
    if verbose:
        if conversation.shutdown_reason is not None:
            view["shutdown_reason"] = conversation.shutdown_reason
        view["events"] = [dict(event) for event in conversation.events]
    return view


def conversation_created_view(conversation: Conversation) -> JSON:
    view = conversation_view(conversation)
    for key in ("replica_id", "persona_id", "updated_at"):
        view.pop(key, None)
    if conversation.meeting_token is not None:
        view["meeting_token"] = conversation.meeting_token
    return view


def persona_view(persona: Patchable) -> JSON:
    return {
        **persona.doc,
        "persona_id": persona.id,
        "persona_type": "system" if persona.system else "user",
        "created_at": iso(persona.created_at),
        "updated_at": iso(persona.updated_at),
    }


def persona_created_view(persona: Patchable) -> JSON:
    view: JSON = {"persona_id": persona.id, "created_at": iso(persona.created_at)}
    if "persona_name" in persona.doc:
        view["persona_name"] = persona.doc["persona_name"]
    return view


# A PAL is a persona: one stored document (in the persona's names), two views. The PAL pages rename
# these fields (`persona_name` -> `pal_name`, ...); layers.conversational_flow renames one.
PAL_NAMES = {"persona_name": "pal_name", "default_replica_id": "default_face_id"}
PAL_FLOW_NAMES = {"replica_interruptibility": "pal_interruptibility"}
PAL_READ_ONLY = ("pal_id", "pal_type", "conferencing_email", "created_at", "updated_at")


def _renamed(doc: JSON, names: dict[str, str], flow: dict[str, str]) -> JSON:
    out = {names.get(k, k): v for k, v in doc.items()}
    layers = out.get("layers")
    if isinstance(layers, dict) and isinstance(layers.get("conversational_flow"), dict):
        cf = {flow.get(k, k): v for k, v in layers["conversational_flow"].items()}
        out["layers"] = {**layers, "conversational_flow": cf}
    return out


def pal_doc(persona_doc: JSON) -> JSON:
    """A persona document in the PAL pages' names."""
    return _renamed(persona_doc, PAL_NAMES, PAL_FLOW_NAMES)


def persona_doc(pal: JSON) -> JSON:
    """A PAL document (a Create PAL body, a patched Get PAL view) in the persona's names."""
    return _renamed(
        {k: v for k, v in pal.items() if k not in PAL_READ_ONLY},
        {v: k for k, v in PAL_NAMES.items()},
        {v: k for k, v in PAL_FLOW_NAMES.items()},
    )


def conferencing_username(doc: JSON) -> str | None:
    conferencing = doc.get("layers", {}).get("conferencing") if isinstance(doc.get("layers"), dict) else None
    username = conferencing.get("username") if isinstance(conferencing, dict) else None
    return username.lower() if isinstance(username, str) else None


def pal_view(persona: Patchable) -> JSON:
    """One PAL, as the items of List PALs and Get PAL's `data` answer it."""
    view: JSON = {**pal_doc(persona.doc), "pal_id": persona.id, "pal_type": "system" if persona.system else "user"}
    username = conferencing_username(persona.doc)
    if username is not None:  # "Meeting-invite address derived from layers.conferencing.username"
        view["conferencing_email"] = f"{username}@tavusinvite.com"
    return {**view, "created_at": iso(persona.created_at), "updated_at": iso(persona.updated_at)}


def pal_created_view(persona: Patchable) -> JSON:
    view = pal_view(persona)
    return {k: view[k] for k in ("pal_id", "pal_name", "conferencing_email", "created_at") if k in view}


SECRET_AUTH_FIELDS = ("token", "password", "value", "secret", "client_secret")
MASK = "********"


def tool_view(tool: Patchable) -> JSON:
    """One tool, as every tool endpoint answers it: secret auth fields come back as `********`."""
    doc = tool.doc
    delivery = doc.get("delivery")
    api = delivery.get("api") if isinstance(delivery, dict) else None
    if isinstance(delivery, dict) and isinstance(api, dict) and isinstance(api.get("auth"), dict):
        auth = {k: MASK if k in SECRET_AUTH_FIELDS else v for k, v in api["auth"].items()}
        delivery = {**delivery, "api": {**api, "auth": auth}}
    # `origin` and `on_call` are "null for post-call tools", but the contract's `nullable` sits beside
    # an `allOf`, which OpenAPI 3.0.3 gives no effect: they are left out instead.
    return {
        "tool_id": tool.id,
        "owner_id": None if tool.system else 1,
        **{k: v for k, v in doc.items() if v is not None},
        "delivery": delivery,
        "is_system_tool": tool.system,
        "created_at": iso(tool.created_at),
        "updated_at": iso(tool.updated_at),
    }


def skill_attachment_view(attachment: SkillAttachment) -> JSON:
    return {
        "skill_id": attachment.skill_id,
        "config": attachment.config,
        "attached_at": iso(attachment.attached_at),
        "updated_at": iso(attachment.updated_at),
    }


def document_progress(document: Document, now: float) -> int | None:
    """A percentage (0-100) while processing; "Null when processing has not started or is complete"."""
    if document.status not in ("processing", "recrawling"):
        return None
    return _percent(document.job_started, document.job_seconds, now)


def document_view(document: Document, now: float) -> JSON:
    view: JSON = {
        "document_id": document.document_id,
        "document_name": document.document_name,
        "document_url": document.document_url,
        "status": document.status,
        "progress": document_progress(document, now),
        "created_at": iso(document.created_at),
        "updated_at": iso(document.updated_at),
        "tags": list(document.tags),
        "crawl_config": document.crawl_config,
        "crawled_urls": document.crawled_urls,
        "last_crawled_at": None if document.last_crawled_at is None else iso(document.last_crawled_at),
        "crawl_count": document.crawl_count,
    }
    if document.callback_url is not None:
        view["callback_url"] = document.callback_url
    if document.error_message is not None:
        view["error_message"] = document.error_message
    return view


def _first_item(record: Patchable) -> JSON:
    items = record.doc.get("data") or []
    first = items[0] if items and isinstance(items[0], dict) else {}
    return dict(first)


def guardrails_view(record: Patchable) -> JSON:
    """One legacy set, as the `data` of getGuardrails and an item of listGuardrails (legacy=true)."""
    view: JSON = {**_first_item(record), "guardrails_id": record.id}
    if "name" in record.doc:
        view["guardrails_name"] = record.doc["name"]
    view.update(
        data=list(record.doc.get("data", [])),
        created_at=iso(record.created_at),
        updated_at=iso(record.updated_at),
    )
    return view


def guardrail_view(record: Patchable) -> JSON:
    """One individual guardrail, as Create, Get and Patch Guardrails and the items of List Guardrails
    (legacy=false) answer it: its stored fields, `uuid` and times."""
    return {
        "uuid": record.id,
        **record.doc,
        "created_at": iso(record.created_at),
        "updated_at": iso(record.updated_at),
    }


def guardrails_created_view(record: Patchable) -> JSON:
    view: JSON = {"guardrails_id": record.id, "status": "active", "created_at": iso(record.created_at)}
    if "name" in record.doc:
        view["guardrails_name"] = record.doc["name"]
    return view


def objectives_view(record: Patchable) -> JSON:
    """One set, as the `data` of getObjective and an item of getObjectives."""
    return {
        **_first_item(record),
        "objectives_id": record.id,
        "data": list(record.doc.get("data", [])),
        "created_at": iso(record.created_at),
        "updated_at": iso(record.updated_at),
    }


def objectives_created_view(record: Patchable) -> JSON:
    view: JSON = {"objectives_id": record.id, "status": "active", "created_at": iso(record.created_at)}
    first = _first_item(record)
    if "objective_name" in first:
        view["objective_name"] = first["objective_name"]
    return view


def dictionary_view(record: Patchable, *, rules: bool = True) -> JSON:
    """A pronunciation dictionary as create/get/patch answer it; list items leave out `rules`."""
    view: JSON = {"pronunciation_dictionary_id": record.id, "name": record.doc["name"]}
    if rules:
        view["rules"] = [dict(rule) for rule in record.doc.get("rules", [])]
    view.update(
        rules_count=len(record.doc.get("rules", [])),
        created_at=iso(record.created_at),
        updated_at=iso(record.updated_at),
    )
    return view


def transcription_view(job: Job) -> JSON:
    view: JSON = {
        "transcription_id": job.id,
        "file_url": job.body["file_url"],
        "status": job.status,
        "created_at": iso(job.created_at),
    }
    if job.result is not None:
        view["text"] = job.result
    return view


def transcription_created_view(job: Job) -> JSON:
    return {"transcription_id": job.id, "status": job.status, "callback_url": job.body["callback_url"]}


def lipsync_view(job: Job) -> JSON:
    """getLipsync / listLipsyncs; `request_id`/`request_name` are the legacy twins the contract keeps."""
    view: JSON = {"lipsync_id": job.id, "status": job.status, "created_at": iso(job.created_at)}
    if "lipsync_name" in job.body:
        view["lipsync_name"] = job.body["lipsync_name"]
    if job.status == "completed":
        view["video_url"] = f"{ASSETS}/lipsync/{job.id}.mp4"
    view["request_id"] = job.id
    if "lipsync_name" in job.body:
        view["request_name"] = job.body["lipsync_name"]
    return view


def lipsync_created_view(job: Job) -> JSON:
    view: JSON = {"lipsync_id": job.id, "lipsync_name": job.body.get("lipsync_name"), "status": job.status}
    if "callback_url" in job.body:
        view["callback_url"] = job.body["callback_url"]
    view["request_id"] = job.id
    if "lipsync_name" in job.body:
        view["request_name"] = job.body["lipsync_name"]
    return view


def replacement_view(job: Job) -> JSON:
    view: JSON = {"replacement_id": job.id, "status": job.status, "created_at": iso(job.created_at)}
    if "replacement_name" in job.body:
        view["replacement_name"] = job.body["replacement_name"]
    return view


def replacement_created_view(job: Job) -> JSON:
    return {"replacement_id": job.id, "status": job.status, "created_at": iso(job.created_at)}


# --- the supplement's resources: faces (replicas by their new name), cloned voices, canvas ----------


def face_view(replica: Replica, now: float, *, verbose: bool) -> JSON:
    """A replica as the faces routes answer it: the face_* names, plus its voice references."""
    view = replica_view(replica, now, verbose=verbose)
    view = {"face_id": view.pop("replica_id"), "face_name": view.pop("replica_name"), **view}
    if verbose:
        view["face_type"] = view.pop("replica_type")
    view["default_voice_id"] = replica.default_voice_id
    view["original_voice_id"] = replica.original_voice_id
    return view


def face_voices_view(replica: Replica) -> JSON:
    """Update Face's answer: the face's name and voice references."""
    return {
        "face_id": replica.replica_id,
        "face_name": replica.replica_name,
        "default_voice_id": replica.default_voice_id,
        "original_voice_id": replica.original_voice_id,
    }


def cloned_voice_view(job: Job) -> JSON:
    """Get Voice's answer (the contract backs only voice_id and status; the fake adds the name)."""
    return {"voice_id": job.id, "voice_name": job.result, "status": job.status}


DAY = 86400.0


def deployment_view(deployment: Deployment, now: float) -> JSON:
    """Create, Get and Patch Deployment's body: the document without its `password` (`has_password`
    says whether there is one); `usage_today` counts the conversations started since 00:00 UTC."""
    doc = deployment.doc
    view: JSON = {
        "deployment_id": deployment.id,
        **{k: v for k, v in doc.items() if k != "password"},
        "has_password": bool(doc.get("password")),
        "customization": doc.get("customization", {}),
        "limits": doc.get("limits", {}),
        "allowed_origins": doc.get("allowed_origins", []),
        "usage_total": len(deployment.conversations),
        "usage_today": sum(1 for at in deployment.conversations.values() if at >= now - now % DAY),
        "created_at": iso(deployment.created_at),
        "updated_at": iso(deployment.updated_at),
    }
    return view


def deployment_etag(deployment: Deployment) -> str:
    """The strong ETag of the deployment's current version."""
    return f'"{deployment.id}-{deployment.version}"'


def deployment_init_view(deployment: Deployment) -> JSON:
    """Get Deployment Init's body: what a widget needs, and no PAL id."""
    doc = deployment.doc
    view: JSON = {
        "deployment_id": deployment.id,
        "channel": doc["channel"],
        "customization": doc.get("customization", {}),
        "has_password": bool(doc.get("password")),
        "show_tavus_branding": True,
        "limits": doc.get("limits", {}),
        "is_available": doc.get("status") == "active",
    }
    if not view["is_available"]:
        view["unavailable_reason"] = doc.get("status", "inactive")
    return view
