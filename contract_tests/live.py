"""Drift report: does the live Tavus API answer as the contract says? (`make contract-live`)

    TAVUS_API_KEY=... make contract-live                 # read-only: every GET operation
    TAVUS_API_KEY=... LIVE_WRITE=1 make contract-live    # + one conversation, test_mode, ended, deleted
    TAVUS_BASE_URL=http://127.0.0.1:8080 ...             # another server (default https://tavusapi.com)

Runs schemathesis' response checks (not_a_server_error, status_code_conformance,
content_type_conformance, response_schema_conformance) on each call and prints every place the
server answered outside the contract. The GETs: each list operation, without parameters and with
`limit=1`, and each get-by-id operation with an id taken from its list (skipped, and said so, when
the account has none). With LIVE_WRITE=1: createConversation (`test_mode: true`, a replica of the
account or a stock one), getConversation, endConversation, deleteConversation; nothing else is
written. Exit status: 0 no drift (or no key: it prints how to run it), 1 drift, 2 unreachable.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests
import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from ._contract import OPS, Op, contract

DEFAULT_BASE_URL = "https://tavusapi.com"
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
HOW_TO = """contract-live: TAVUS_API_KEY is not set, nothing was checked.
Run it with a key (read-only GETs):     TAVUS_API_KEY=... make contract-live
Add the write round trip (test mode):   TAVUS_API_KEY=... LIVE_WRITE=1 make contract-live
Another server:                         TAVUS_BASE_URL=http://127.0.0.1:8080 TAVUS_API_KEY=... make contract-live"""
# list operation -> (get-by-id operation, id field of the list items), or None for a list only.
# Lipsync and replacements are left out: the contract says they are "no longer supported by Tavus".
READS: dict[str, tuple[str, str] | None] = {
    "listReplicas": ("getReplica", "replica_id"),
    "listVideos": ("getVideo", "video_id"),
    "listConversations": ("getConversation", "conversation_id"),
    "listPersonas": ("getPersona", "persona_id"),
    "listDocuments": ("getDocument", "document_id"),
    # the default listing (legacy=true): the sets, whose guardrails_id Get Guardrails also takes
    "listGuardrails": ("getGuardrails", "guardrails_id"),
    "getObjectives": ("getObjective", "objectives_id"),
    "getVoices": None,
    "listPronunciationDictionaries": ("getPronunciationDictionary", "pronunciation_dictionary_id"),
    "listTranscriptions": ("getTranscription", "transcription_id"),
}


@dataclass
class Report:
    calls: list[str] = field(default_factory=list)
    drift: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def render(self, base_url: str) -> str:
        lines = [f"Drift report: {base_url} against generated/tavus_api/openapi.json", ""]
        lines += [f"  checked  {c}" for c in self.calls]
        lines += [f"  skipped  {s}" for s in self.skipped]
        lines.append("")
        if self.drift:
            lines.append(f"{len(self.drift)} place(s) where the server answered outside the contract:")
            lines += [f"  - {d}" for d in self.drift]
        else:
            lines.append(f"0 drift: {len(self.calls)} call(s) answered as the contract says.")
        return "\n".join(lines)


class Runner:
    def __init__(self, base_url: str, api_key: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.headers = {"x-api-key": api_key}
        self.schema = schemathesis.openapi.from_dict(contract())
        self.session = requests.Session()
        self.report = Report()
        self.ops = {op.operation_id: op for op in OPS}

    def call(
        self,
        operation_id: str,
        path: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        body: Any = None,
    ) -> Any:
        """One call, checked; the decoded JSON body (None if not JSON)."""
        op: Op = self.ops[operation_id]
        kwargs: dict[str, Any] = {"path_parameters": path or {}, "query": query or {}}
        if body is not None:
            kwargs.update(body=body, media_type="application/json")
        case = self.schema[op.path][op.method].Case(**kwargs)
        response = case.call(base_url=self.base_url, session=self.session, headers=self.headers, timeout=30)
        query_text = "&".join(f"{k}={v}" for k, v in (query or {}).items())
        label = f"{op.method} {case.formatted_path}{'?' + query_text if query_text else ''}"
        self.report.calls.append(f"{label} -> {response.status_code} ({operation_id})")
        try:
            case.validate_response(response, checks=CHECKS, headers=self.headers)
        except FailureGroup as group:
            for failure in group.exceptions:
                detail = " ".join(str(failure.message).split())[:400]
                self.report.drift.append(f"{operation_id} {label} -> {response.status_code}: {failure.title}: {detail}")
        except AssertionError as failure:  # a single check failure
            self.report.drift.append(f"{operation_id} {label} -> {response.status_code}: {failure}")
        try:
            return response.json()
        except ValueError:
            return None

    def reads(self) -> None:
        for list_id, get in READS.items():
            first = self.ops[list_id].first_page
            self.call(list_id)
            page = self.call(list_id, query={"limit": 1, "page": first})
            if get is None:
                continue
            get_id, id_field = get
            items = page.get("data") if isinstance(page, dict) else None
            ident = items[0].get(id_field) if isinstance(items, list) and items and isinstance(items[0], dict) else None
            if not isinstance(ident, str):
                self.report.skipped.append(f"{get_id}: no item in {list_id} to read")
                continue
            self.call(get_id, path={self.ops[get_id].path_params[0]: ident})

    def write_round_trip(self) -> None:
        replicas = self.call("listReplicas", query={"limit": 1, "page": 1})
        items = replicas.get("data") if isinstance(replicas, dict) else None
        if not (isinstance(items, list) and items and isinstance(items[0], dict)):
            replicas = self.call("listReplicas", query={"limit": 1, "page": 1, "replica_type": "system"})
            items = replicas.get("data") if isinstance(replicas, dict) else None
        if not (isinstance(items, list) and items and isinstance(items[0], dict) and items[0].get("replica_id")):
            self.report.skipped.append("LIVE_WRITE: no replica to hold a test-mode conversation with")
            return
        body = {
            "replica_id": items[0]["replica_id"],
            "conversation_name": "contract-live drift check",
            "test_mode": True,
        }
        created = self.call("createConversation", body=body)
        cid = created.get("conversation_id") if isinstance(created, dict) else None
        if not isinstance(cid, str):
            self.report.drift.append("createConversation: no conversation_id in the answer; nothing to end or delete")
            return
        try:
            self.call("getConversation", path={"conversation_id": cid})
            self.call("endConversation", path={"conversation_id": cid})
        finally:  # whatever happened, the test-mode conversation does not outlive the run
            self.call("deleteConversation", path={"conversation_id": cid})


def main(environ: dict[str, str] | None = None, out: Callable[[str], None] = print) -> int:
    env = dict(os.environ if environ is None else environ)
    key = env.get("TAVUS_API_KEY", "")
    base_url = env.get("TAVUS_BASE_URL") or DEFAULT_BASE_URL
    if not key:
        out(HOW_TO)
        return 0
    runner = Runner(base_url, key)
    try:
        runner.reads()
        if env.get("LIVE_WRITE", "") not in ("", "0"):
            runner.write_round_trip()
    except requests.RequestException as exc:
        out(runner.report.render(base_url))
        out(f"contract-live: {base_url} is unreachable: {type(exc).__name__}: {exc}")
        return 2
    out(runner.report.render(base_url))
    return 1 if runner.report.drift else 0


if __name__ == "__main__":
    sys.exit(main())
