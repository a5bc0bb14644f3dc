"""tools.retire_supplement and the fetch-spec notice: a published file that now has supplement operations."""

from __future__ import annotations

import copy
import difflib
import hashlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import SUPPLEMENT_SPEC, VENDORED_SPEC
from tools import fetch_spec
from tools.retire_supplement import apply, find, read_record, recorded_operations, retire_text
from tools.supplement import merge

Spec = dict[str, Any]


def _strip(operation: Spec) -> Spec:
    """An operation as Tavus would publish it: without the supplement's provenance keys."""
    return {k: v for k, v in copy.deepcopy(operation).items() if not k.startswith("x-tavus-")}


def publishing(published: Spec, supplement: Spec, *operations: tuple[str, str]) -> Spec:
    """A synthetic newer published file: `published` plus these supplement operations, as upstream."""
    new = copy.deepcopy(published)
    for method, path in operations:
        new["paths"].setdefault(path, {})[method.lower()] = _strip(supplement["paths"][path][method.lower()])
    return new


@pytest.fixture(scope="module")
def supplement() -> Spec:
    return yaml.safe_load(SUPPLEMENT_SPEC.read_text(encoding="utf-8"))


def test_a_new_operation_the_published_file_now_has_is_retired(vendored_spec: Spec, supplement: Spec) -> None:
    new = publishing(vendored_spec, supplement, ("GET", "/v2/skills"), ("PATCH", "/v2/faces/{face_id}"))
    retirements, problems = find(vendored_spec, new, supplement)
    assert [(r.operation, r.operation_id, r.kind) for r in retirements] == [
        ("PATCH /v2/faces/{face_id}", "updateFace", "new"),
        ("GET /v2/skills", "listSkills", "new"),
    ]
    assert "the published file has GET /v2/skills (listSkills)" in retirements[1].why
    assert problems == []


def test_a_renamed_path_parameter_is_still_the_same_operation(vendored_spec: Spec, supplement: Spec) -> None:
    new = copy.deepcopy(vendored_spec)
    operation = _strip(supplement["paths"]["/v2/faces/{face_id}"]["patch"])
    operation["parameters"][0]["name"] = "id"
    new["paths"]["/v2/faces/{id}"] = {"patch": operation}
    [retirement], _ = find(vendored_spec, new, supplement)
    assert retirement.operation == "PATCH /v2/faces/{face_id}"


def test_nothing_is_retired_for_the_published_file_the_supplement_was_written_against(
    vendored_spec: Spec, supplement: Spec
) -> None:
    """The six superseding operations are in the published file by design: unchanged, they stay."""
    assert find(vendored_spec, copy.deepcopy(vendored_spec), supplement) == ([], [])


def test_a_superseded_operation_that_changed_upstream_is_retired(vendored_spec: Spec, supplement: Spec) -> None:
    new = copy.deepcopy(vendored_spec)
    new["paths"]["/v2/conversations"]["post"]["summary"] = "Create Conversation (republished)"
    new["paths"]["/v2/guardrails/{guardrails_id}"]["get"]["summary"] = "Get Guardrail (republished)"
    retirements, problems = find(vendored_spec, new, supplement)
    assert [(r.operation, r.kind) for r in retirements] == [
        ("POST /v2/conversations", "supersedes"),
        ("GET /v2/guardrails/{guardrail_id}", "supersedes"),  # found through x-tavus-replaces-published-path
    ]
    assert "check it has what the supersede added: Adds face_id and pal_id" in retirements[0].why
    assert problems == []


def test_what_retiring_cannot_settle_is_reported(vendored_spec: Spec, supplement: Spec) -> None:
    new = copy.deepcopy(vendored_spec)
    del new["paths"]["/v2/conversations"]["post"]
    new["components"]["schemas"]["Face"] = {"type": "object"}
    retirements, problems = find(vendored_spec, new, supplement)
    assert retirements == []
    assert problems == [
        "POST /v2/conversations supersedes a published operation the new published file no longer has",
        "the published file now defines components/schemas/Face, which the supplement also defines:"
        " drop the supplement's or flag it x-tavus-stub-of-published",
    ]


def test_retiring_removes_exactly_those_lines() -> None:
    text = SUPPLEMENT_SPEC.read_text(encoding="utf-8")
    result = retire_text(text, [("PATCH", "/v2/faces/{face_id}"), ("GET", "/v2/skills")])
    spec = yaml.safe_load(result)
    assert "patch" not in spec["paths"]["/v2/faces/{face_id}"]
    assert list(spec["paths"]["/v2/faces/{face_id}"]) == ["get", "delete"]
    assert "/v2/skills" not in spec["paths"]  # its only operation: the path goes too
    # Only whole blocks were taken out: the diff deletes two runs of lines and inserts or changes none.
    lines = text.splitlines()
    opcodes = difflib.SequenceMatcher(None, lines, result.splitlines(), autojunk=False).get_opcodes()
    deleted = [(i1, i2) for tag, i1, i2, _, _ in opcodes if tag != "equal"]
    assert [tag for tag, *_ in opcodes if tag != "equal"] == ["delete", "delete"]
    assert ["    patch:" in lines[i1:i2] for i1, i2 in deleted] == [True, False]
    assert ["  /v2/skills:" in lines[i1:i2] for i1, i2 in deleted] == [False, True]
    assert "operationId: updateFace" not in result
    assert "operationId: listSkills" not in result
    assert result.count("operationId:") == text.count("operationId:") - 2


def test_retiring_an_operation_the_supplement_lacks_is_refused() -> None:
    with pytest.raises(ValueError, match="GET /v2/replicas is not in the supplement"):
        retire_text(SUPPLEMENT_SPEC.read_text(encoding="utf-8"), [("GET", "/v2/replicas")])


def test_apply_rewrites_the_supplement_and_records_each_entry(
    tmp_path: Path, vendored_spec: Spec, supplement: Spec
) -> None:
    copy_of_supplement, record = tmp_path / "newer.yaml", tmp_path / "retired.yaml"
    copy_of_supplement.write_bytes(SUPPLEMENT_SPEC.read_bytes())
    new = publishing(vendored_spec, supplement, ("GET", "/v2/skills"))
    retirements, _ = find(vendored_spec, new, supplement)
    apply(retirements, b"published bytes", copy_of_supplement, record)
    [entry] = read_record(record)
    assert entry["operation"] == "GET /v2/skills"
    assert entry["operationId"] == "listSkills"
    assert entry["published_sha256"] == hashlib.sha256(b"published bytes").hexdigest()
    # The rule the byte-identity test applies: the original minus the recorded entries.
    original = SUPPLEMENT_SPEC.read_text(encoding="utf-8")
    assert copy_of_supplement.read_text(encoding="utf-8") == retire_text(original, recorded_operations([entry]))
    # What is left still merges with the new published file, and the operation now comes from it.
    merged = merge(new, yaml.safe_load(copy_of_supplement.read_text(encoding="utf-8")))
    assert "x-tavus-supplement" not in merged["paths"]["/v2/skills"]["get"]


def test_fetch_spec_says_which_supplement_operations_the_new_file_has(
    tmp_path: Path, vendored_spec: Spec, supplement: Spec, capsys: pytest.CaptureFixture[str]
) -> None:
    target, upstream = tmp_path / "tavus-openapi.yaml", tmp_path / "upstream.yaml"
    target.write_bytes(VENDORED_SPEC.read_bytes())
    upstream.write_text(yaml.safe_dump(publishing(vendored_spec, supplement, ("GET", "/v2/skills"))), encoding="utf-8")
    before = SUPPLEMENT_SPEC.read_bytes()
    argv = ["--file", str(upstream), "--target", str(target), "--supplement", str(SUPPLEMENT_SPEC)]
    assert fetch_spec.main(argv) == 0
    out = capsys.readouterr().out
    assert "the published file now has 1 operation(s) of the supplement" in out
    assert "(`make regenerate` retires them)" in out
    assert "GET /v2/skills (listSkills, new): the published file has GET /v2/skills (listSkills)" in out
    assert SUPPLEMENT_SPEC.read_bytes() == before  # fetch-spec only says so; regenerate retires


def test_fetch_spec_is_silent_about_the_supplement_when_nothing_is_published(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "tavus-openapi.yaml"
    argv = ["--file", str(VENDORED_SPEC), "--target", str(target), "--supplement", str(SUPPLEMENT_SPEC)]
    assert fetch_spec.main(argv) == 0
    assert "supplement" not in capsys.readouterr().out
