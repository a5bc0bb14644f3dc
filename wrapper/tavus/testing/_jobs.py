"""What the one-step jobs (transcriptions, lipsyncs, replacements) share: creating and finding them.

A missing job is a 400 `{"error": "Invalid <id_field>"}`, as the contract documents for lipsyncs
(`"Invalid lipsync_id"`) and Tavus answers for its other legacy resources.
"""

from __future__ import annotations

from typing import Any

from ._errors import ApiError
from ._store import Job, State, live


def new_job(state: State, kind: str, records: dict[str, Job], body: dict[str, Any], seconds: float) -> Job:
    now = state.now()
    job = Job(
        id=state.ids.new(kind, records), body=body, status="started", created_at=now, updated_at=now, seconds=seconds
    )
    records[job.id] = job
    return job


def found_job(records: dict[str, Job], job_id: str, id_field: str) -> Job:
    job = live(records, job_id)
    if job is None:
        raise ApiError(400, f"Invalid {id_field}")
    return job


def newest_first(records: dict[str, Job]) -> list[Job]:
    return [job for job in reversed(records.values()) if not job.deleted]
