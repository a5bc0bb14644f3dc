"""tools.spec_diff: a table of realistic upstream edits, each with the classification we expect."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, VENDORED_SPEC
from tools.spec_diff import RULES, diff_specs, main

Spec = dict[str, Any]
Expected = list[tuple[str, str, str, bool]]  # (operationId, location, kind, breaking)


def body(spec: Spec, path: str, method: str) -> Spec:
    schema: Spec = spec["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
    return schema


def resp(spec: Spec, path: str, method: str, code: str = "200") -> Spec:
    schema: Spec = spec["paths"][path][method]["responses"][code]["content"]["application/json"]["schema"]
    return schema


def params(spec: Spec, path: str, method: str) -> dict[str, Spec]:
    return {p["name"]: p for p in spec["paths"][path][method]["parameters"]}


def add_memories(s: Spec) -> None:
    s["paths"]["/v2/memories"] = {"get": {"operationId": "listMemories", "responses": {"200": {"description": "ok"}}}}


def rename_limit(s: Spec) -> None:
    params(s, "/v2/conversations", "get")["limit"]["name"] = "page_size"


def rename_path_param(s: Spec) -> None:
    item = s["paths"].pop("/v2/guardrails/{guardrails_id}")
    item["parameters"][0]["name"] = "guardrail_id"
    s["paths"]["/v2/guardrails/{guardrail_id}"] = item


def rename_replica_name(s: Spec) -> None:
    props = body(s, "/v2/replicas", "post")["properties"]
    props["name"] = props.pop("replica_name")


def rename_document_url(s: Spec) -> None:
    schema = body(s, "/v2/documents", "post")
    schema["properties"]["url"] = schema["properties"].pop("document_url")
    schema["properties"]["url"]["description"] = "reworded with the rename"
    schema["required"] = ["url"]


def require_new_field(s: Spec) -> None:
    schema = body(s, "/v2/replicas", "post")
    schema["properties"]["voice_id"] = {"type": "string"}
    schema["required"] = ["voice_id"]


def docs_only(s: Spec) -> None:
    s["info"]["description"] = "reworded"
    for item in s["paths"].values():
        for op in item.values():
            if isinstance(op, dict):
                op["description"] = "reworded"
    resp(s, "/v2/replicas/{replica_id}", "get")["properties"]["status"]["example"] = "error"


EDITS: dict[str, tuple[Callable[[Spec], None], Expected]] = {
    "operation added": (add_memories, [("listMemories", "", "operation-added", False)]),
    "operation removed": (
        lambda s: s["paths"]["/v2/videos/{video_id}"].pop("delete"),
        [("deleteVideo", "", "operation-removed", True)],
    ),
    "path removed": (
        lambda s: s["paths"].pop("/v2/objectives/{objectives_id}"),
        [(op, "", "operation-removed", True) for op in ("getObjective", "patchObjective", "deleteObjective")],
    ),
    "operationId changed": (
        lambda s: s["paths"]["/v2/videos"]["get"].update(operationId="getVideos"),
        [("getVideos", "", "operation-id-changed", True)],
    ),
    "optional query parameter added": (
        lambda s: s["paths"]["/v2/replicas"]["get"]["parameters"].append(
            {"in": "query", "name": "ordering", "schema": {"type": "string"}}
        ),
        [("listReplicas", "query parameter `ordering`", "parameter-added-optional", False)],
    ),
    "required query parameter added": (
        lambda s: s["paths"]["/v2/replicas"]["get"]["parameters"].append(
            {"in": "query", "name": "region", "required": True, "schema": {"type": "string"}}
        ),
        [("listReplicas", "query parameter `region`", "parameter-added-required", True)],
    ),
    "query parameter renamed": (
        rename_limit,
        [("listConversations", "query parameter `limit`", "parameter-renamed", True)],
    ),
    "query parameter became required": (
        lambda s: params(s, "/v2/conversations", "get")["status"].update(required=True),
        [("listConversations", "query parameter `status`", "became-required", True)],
    ),
    "query parameter constraint added": (
        lambda s: params(s, "/v2/conversations", "get")["limit"]["schema"].update(maximum=100),
        [("listConversations", "query parameter `limit`", "constraint-changed", True)],
    ),
    "path parameter renamed": (
        rename_path_param,
        [
            (op, "path parameter `guardrails_id`", "parameter-renamed", True)
            for op in ("getGuardrail", "patchGuardrails", "deleteGuardrails")
        ],
    ),
    "new optional request field": (
        lambda s: body(s, "/v2/replicas", "post")["properties"].update(voice_id={"type": "string"}),
        [("createReplica", "request body `voice_id`", "field-added-optional", False)],
    ),
    "new required request field": (
        require_new_field,
        [("createReplica", "request body `voice_id`", "field-added-required", True)],
    ),
    "request field became required": (
        lambda s: body(s, "/v2/replicas", "post").update(required=["replica_name"]),
        [("createReplica", "request body `replica_name`", "became-required", True)],
    ),
    "request field became optional": (
        lambda s: body(s, "/v2/documents", "post").pop("required"),
        [("createDocument", "request body `document_url`", "became-optional", False)],
    ),
    "field required by a oneOf branch": (
        lambda s: body(s, "/v2/videos", "post")["oneOf"][0]["required"].append("replica_id"),
        [("generateVideo", "request body `<oneOf[0]>.replica_id`", "became-required", True)],
    ),
    "request field renamed": (
        rename_replica_name,
        [("createReplica", "request body `replica_name`", "field-renamed", True)],
    ),
    "required request field renamed": (
        rename_document_url,
        [("createDocument", "request body `document_url`", "field-renamed", True)],
    ),
    "request field removed": (
        lambda s: body(s, "/v2/replicas", "post")["properties"].pop("callback_url"),
        [("createReplica", "request body `callback_url`", "field-removed", True)],
    ),
    "request field type changed": (
        lambda s: body(s, "/v2/conversations", "post")["properties"]["max_participants"].update(type="string"),
        [("createConversation", "request body `max_participants`", "type-changed", True)],
    ),
    "request enum value removed": (
        lambda s: body(s, "/v2/personas", "post")["properties"]["pipeline_mode"]["enum"].remove("echo"),
        [("createPersona", "request body `pipeline_mode`", "enum-value-removed", True)],
    ),
    "request enum value added": (
        lambda s: body(s, "/v2/personas", "post")["properties"]["pipeline_mode"]["enum"].append("lite"),
        [("createPersona", "request body `pipeline_mode`", "enum-value-added", False)],
    ),
    "nested request field added": (
        lambda s: body(s, "/v2/personas", "post")["properties"]["layers"]["properties"]["llm"]["properties"].update(
            temperature={"type": "number"}
        ),
        [("createPersona", "request body `layers.llm.temperature`", "field-added-optional", False)],
    ),
    "response enum value added": (
        lambda s: resp(s, "/v2/guardrails/{guardrails_id}", "get")["properties"]["data"]["properties"]["modality"][
            "enum"
        ].append("audio"),
        [("getGuardrail", "response 200 `data.modality`", "enum-value-added", False)],
    ),
    "response field removed": (
        lambda s: resp(s, "/v2/replicas/{replica_id}", "get")["properties"].pop("training_progress"),
        [("getReplica", "response 200 `training_progress`", "field-removed", True)],
    ),
    "response field added": (
        lambda s: resp(s, "/v2/replicas/{replica_id}", "get")["properties"].update(voice_id={"type": "string"}),
        [("getReplica", "response 200 `voice_id`", "field-added-optional", False)],
    ),
    "response field in array items removed": (
        lambda s: resp(s, "/v2/replicas", "get")["properties"]["data"]["items"]["properties"].pop("status"),
        [("listReplicas", "response 200 `data[].status`", "field-removed", True)],
    ),
    "response field became nullable": (
        lambda s: resp(s, "/v2/replicas/{replica_id}", "get")["properties"]["status"].update(nullable=True),
        [("getReplica", "response 200 `status`", "nullable-added", False)],
    ),
    "response status added": (
        lambda s: s["paths"]["/v2/replicas/{replica_id}"]["get"]["responses"].update({"404": {"description": "x"}}),
        [("getReplica", "response 404", "status-added", False)],
    ),
    "response status removed": (
        lambda s: s["paths"]["/v2/replicas/{replica_id}"]["get"]["responses"].pop("401"),
        [("getReplica", "response 401", "status-removed", True)],
    ),
    "descriptions and examples only": (docs_only, []),
}


def _summary(changes: list[Any]) -> Expected:
    return [(re.sub(r".*\((\w+)\)$", r"\1", c.operation), c.location, c.kind, c.breaking) for c in changes]


@pytest.mark.parametrize("name", list(EDITS))
def test_edit_is_classified(vendored_spec: Spec, name: str) -> None:
    edit, expected = EDITS[name]
    new = copy.deepcopy(vendored_spec)
    edit(new)
    changes = diff_specs(vendored_spec, new)
    assert _summary(changes) == expected
    for change in changes:
        assert change.reason, f"{change.kind} has no reason"
        in_response = change.location.startswith("response")
        assert change.breaking == RULES[change.kind][2 if in_response else 0], "the RULES table decides"


def test_identical_specs_have_no_difference(vendored_spec: Spec) -> None:
    assert diff_specs(vendored_spec, copy.deepcopy(vendored_spec)) == []


def test_key_order_does_not_matter(vendored_spec: Spec) -> None:
    reordered = json.loads(json.dumps(vendored_spec, sort_keys=True))
    assert diff_specs(vendored_spec, reordered) == []


def _write(tmp_path: Path, name: str, spec: Spec) -> str:
    path = tmp_path / name
    path.write_text(yaml.dump(spec, Dumper=yaml.CSafeDumper, sort_keys=False), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("edit", "code"), [("descriptions and examples only", 0), ("operation added", 0),
                                            ("response field removed", 1)])  # fmt: skip
def test_exit_code_says_whether_anything_breaks(vendored_spec: Spec, tmp_path: Path, edit: str, code: int) -> None:
    new = copy.deepcopy(vendored_spec)
    EDITS[edit][0](new)
    assert main([str(VENDORED_SPEC), _write(tmp_path, "new.yaml", new)]) == code


def test_formats(vendored_spec: Spec, tmp_path: Path, capsys: Any) -> None:
    new = copy.deepcopy(vendored_spec)
    add_memories(new)
    resp(new, "/v2/replicas/{replica_id}", "get")["properties"].pop("training_progress")
    new_path = _write(tmp_path, "new.yaml", new)
    assert main([str(VENDORED_SPEC), new_path, "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert (doc["breaking"], doc["non_breaking"]) == (1, 1)
    assert main([str(VENDORED_SPEC), new_path, "--format", "markdown"]) == 1
    markdown = capsys.readouterr().out
    assert "#### Breaking (1)" in markdown
    assert "| GET /v2/memories (listMemories) | (operation) | operation added |" in markdown
    assert main([str(VENDORED_SPEC), new_path]) == 1
    text = capsys.readouterr().out.splitlines()
    assert text[0].startswith("BREAKING GET /v2/replicas/{replica_id} (getReplica) response 200 `training_progress`")
    assert text[-1] == "2 difference(s): 1 breaking, 1 non-breaking"


@pytest.mark.parametrize("bad", ["missing.yaml", "garbage.yaml", "list.yaml", "NOREF:openapi/none.yaml"])
def test_unreadable_input_exits_2(tmp_path: Path, capsys: Any, bad: str) -> None:
    (tmp_path / "garbage.yaml").write_text("a: [\n", encoding="utf-8")
    (tmp_path / "list.yaml").write_text("- 1\n", encoding="utf-8")
    arg = bad if ":" in bad else str(tmp_path / bad)
    assert main([arg, str(VENDORED_SPEC)]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_cli_reads_git_blobs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tools.spec_diff", "HEAD:openapi/tavus-openapi.yaml", "HEAD:openapi/tavus-openapi.yaml"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0 difference(s): 0 breaking, 0 non-breaking"


def test_usage_error_exits_2() -> None:
    result = subprocess.run([sys.executable, "-m", "tools.spec_diff", "only-one"], cwd=ROOT, capture_output=True)
    assert result.returncode == 2


def test_every_rule_is_documented() -> None:
    doc = (ROOT / "docs" / "spec-changes.md").read_text(encoding="utf-8")
    assert [kind for kind in RULES if f"`{kind}`" not in doc] == []


def test_a_removed_field_with_several_look_alikes_is_not_called_a_rename(vendored_spec: Spec) -> None:
    """One string field goes, two string fields arrive: which one it became is not the diff's to guess."""
    new = copy.deepcopy(vendored_spec)
    props = body(new, "/v2/replicas", "post")["properties"]
    props.pop("replica_name")
    props.update(label={"type": "string"}, title={"type": "string"})
    changes = {c.location: c for c in diff_specs(vendored_spec, new)}
    removed = changes["request body `replica_name`"]
    assert (removed.kind, removed.breaking) == ("field-removed", True)
    assert removed.change == "field removed; perhaps renamed to `label` or `title` (same schema)"
    assert changes["request body `label`"].kind == changes["request body `title`"].kind == "field-added-optional"


def test_a_near_identical_name_is_a_rename_even_when_the_schema_changed(vendored_spec: Spec) -> None:
    """`next_required_objectives` (a list) became `next_required_objective` (a string) in 2026."""
    new = copy.deepcopy(vendored_spec)
    props = body(new, "/v2/replicas", "post")["properties"]
    props["replica_names"] = {"type": "array", "items": {"type": "string"}}
    del props["replica_name"]
    [change] = diff_specs(vendored_spec, new)
    assert (change.location, change.kind) == ("request body `replica_name`", "field-renamed")
    assert change.change == "renamed to `replica_names`; its schema changed too"


def test_a_change_inside_a_shared_component_is_reported_where_it_is_used(vendored_spec: Spec) -> None:
    """`recording_storage` is a $ref to components/schemas/recording_storage_config."""
    new = copy.deepcopy(vendored_spec)
    new["components"]["schemas"]["recording_storage_config"]["required"] = ["provider", "bucket_name"]
    [change] = diff_specs(vendored_spec, new)
    assert change.operation == "POST /v2/conversations (createConversation)"
    assert change.location == "request body `properties.recording_storage.bucket_name`"
    assert (change.kind, change.breaking) == ("became-required", True)
