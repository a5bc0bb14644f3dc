"""The worked example of docs/spec-changes.md: a realistic upstream change, diffed and generated.

Upstream adds GET /v2/memories (listMemories), a new optional `voice_id` on createReplica, and drops
`training_progress` from replicas (the getReplica response and the listReplicas items, the shapes the
`Replica` model merges). Replay it by hand (see the doc):
    .venv/bin/python -m tests.spec_changes.test_worked_example /tmp/tavus-next.yaml
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import tools.generate
from tests.conftest import VENDORED_SPEC
from tools.spec_diff import diff_specs, main

LIST_MEMORIES: dict[str, Any] = {
    "tags": ["Memories"],
    "summary": "List Memories",
    "description": "This endpoint returns the memories a persona keeps across conversations.\n",
    "operationId": "listMemories",
    "parameters": [
        {"in": "query", "name": "limit", "schema": {"type": "integer"}, "description": "Memories per page."},
        {"in": "query", "name": "page", "schema": {"type": "integer"}, "description": "The page to return."},
    ],
    "responses": {
        "200": {
            "description": "",
            "content": {"application/json": {"schema": {
                "type": "object",
                "properties": {
                    "data": {"type": "array", "items": {"type": "object", "properties": {
                        "memory_id": {"type": "string", "example": "m1a2b3c4"},
                        "memory_store": {"type": "string", "example": "user-42"},
                        "content": {"type": "string", "example": "Prefers morning calls."},
                    }}},
                    "total_count": {"type": "integer", "description": "The total number of memories."},
                },
            }}},
        },
        "401": {
            "description": "UNAUTHORIZED",
            "content": {"application/json": {"schema": {
                "type": "object", "properties": {"message": {"type": "string"}},
            }}},
        },
    },
}  # fmt: skip


def worked_example_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """The vendored spec with the three upstream changes of the worked example applied (a copy)."""
    new = copy.deepcopy(spec)
    new["paths"]["/v2/memories"] = {"get": copy.deepcopy(LIST_MEMORIES)}
    create = new["paths"]["/v2/replicas"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    create["properties"]["voice_id"] = {
        "type": "string",
        "description": "The voice the replica speaks with, from GET /v2/voices. Defaults to the trained voice.",
    }
    get = new["paths"]["/v2/replicas/{replica_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    del get["schema"]["properties"]["training_progress"]
    listed = new["paths"]["/v2/replicas"]["get"]["responses"]["200"]["content"]["application/json"]
    del listed["schema"]["properties"]["data"]["items"]["properties"]["training_progress"]
    return new


@pytest.fixture(scope="module")
def changed_spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = yaml.safe_load(VENDORED_SPEC.read_text(encoding="utf-8"))
    path = tmp_path_factory.mktemp("upstream") / "tavus-openapi.yaml"
    path.write_text(
        yaml.dump(worked_example_spec(spec), Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    return path


def test_diff_reports_the_four_changes(vendored_spec: dict[str, Any], changed_spec: Path) -> None:
    changes = diff_specs(vendored_spec, yaml.safe_load(changed_spec.read_text(encoding="utf-8")))
    found = [(c.operation, c.location, c.kind, c.breaking) for c in changes]
    assert found == [
        ("GET /v2/memories (listMemories)", "", "operation-added", False),
        ("GET /v2/replicas (listReplicas)", "response 200 `data[].training_progress`", "field-removed", True),
        ("POST /v2/replicas (createReplica)", "request body `voice_id`", "field-added-optional", False),
        ("GET /v2/replicas/{replica_id} (getReplica)", "response 200 `training_progress`", "field-removed", True),
    ]


def test_diff_exits_1_because_of_the_removal(changed_spec: Path, capsys: Any) -> None:
    assert main([str(VENDORED_SPEC), str(changed_spec)]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "4 difference(s): 2 breaking, 2 non-breaking"


def test_generation_has_list_memories(changed_spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tools.generate, "SPEC", changed_spec)
    assert tools.generate.main(["generate", str(tmp_path)]) == 0
    package = tmp_path / "tavus_api"
    assert (package / "api" / "memories" / "list_memories.py").is_file()
    assert "def sync(" in (package / "api" / "memories" / "list_memories.py").read_text(encoding="utf-8")
    body = (package / "models" / "create_replica_body.py").read_text(encoding="utf-8")
    assert "voice_id: str | None" in body
    replica = (package / "models" / "replica.py").read_text(encoding="utf-8")
    assert "training_progress" not in replica


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "tavus-openapi.next.yaml")
    data = worked_example_spec(yaml.safe_load(VENDORED_SPEC.read_text(encoding="utf-8")))
    out.write_text(
        yaml.dump(data, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8"
    )
    print(f"wrote {out}")
