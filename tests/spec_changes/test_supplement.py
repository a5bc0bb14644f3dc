"""tools.supplement: each merge rule of SOURCES.newer.md section 6 on small synthetic specs, then the
real merge checked against what section 7 validated."""

from __future__ import annotations

import copy
import subprocess
import sys
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests.conftest import ROOT, VENDORED_SPEC, operations
from tools.supplement import MARK, SupplementError, from_supplement, merge, supplement_operations

SUPPLEMENT = ROOT / "openapi" / "tavus-openapi.newer.yaml"
SECURITY = {"apiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"}}


def op(operation_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "responses": {"200": {"description": "OK"}}, **extra}


def spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None, tags: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "tags": [{"name": t} for t in tags],
        "paths": paths,
        "components": {"securitySchemes": copy.deepcopy(SECURITY), "schemas": schemas or {}},
    }


PUBLISHED = spec(
    {
        "/v2/things": {"get": op("listThings"), "post": op("createThing")},
        "/v2/things/{things_id}": {
            "parameters": [{"name": "things_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": op("getThing"),
            "delete": op("deleteThing"),
        },
        "/v2/personas": {"get": op("listPersonas")},
    },
    {"Shared": {"type": "object", "properties": {"real": {"type": "string"}}}},
    ["Things"],
)


def _violations(supplement: dict[str, Any]) -> str:
    with pytest.raises(SupplementError) as caught:
        merge(PUBLISHED, supplement)
    return "\n".join(caught.value.violations)


def test_rule1_a_new_path_is_added_whole_and_marked() -> None:
    merged = merge(PUBLISHED, spec({"/v2/faces": {"get": op("listFaces", **{"x-tavus-source": ["page"]})}}))
    added = merged["paths"]["/v2/faces"]["get"]
    assert added["operationId"] == "listFaces"
    assert added["x-tavus-source"] == ["page"]  # provenance kept
    assert added[MARK] == "new"
    assert list(merged["paths"])[-1] == "/v2/faces"
    assert not from_supplement(merged["paths"]["/v2/things"]["get"])


def test_rule2_a_method_the_published_path_lacks_is_added() -> None:
    merged = merge(PUBLISHED, spec({"/v2/things": {"put": op("replaceThings")}}))
    item = merged["paths"]["/v2/things"]
    assert list(item) == ["get", "post", "put"]
    assert item["put"][MARK] == "new"
    assert item["get"] == PUBLISHED["paths"]["/v2/things"]["get"]


def test_rule2_a_flagged_method_replaces_the_published_one() -> None:
    restated = op("createThing", **{"x-tavus-supersedes-published": "adds face_id"}, summary="restated")
    merged = merge(PUBLISHED, spec({"/v2/things": {"post": restated}}))
    post = merged["paths"]["/v2/things"]["post"]
    assert post["summary"] == "restated"
    assert post[MARK] == "supersedes"


def test_rule2_an_unflagged_method_the_published_file_has_is_an_error() -> None:
    assert "rule 2: POST /v2/things (createThing) is in the published file" in _violations(
        spec({"/v2/things": {"post": op("createThing")}})
    )


def test_rule2_a_supersedes_flag_without_a_published_counterpart_is_an_error() -> None:
    flagged = op("replaceThings", **{"x-tavus-supersedes-published": "why"})
    assert "PUT /v2/things is flagged x-tavus-supersedes-published but the published file has no PUT" in _violations(
        spec({"/v2/things": {"put": flagged}})
    )
    assert "the published file lacks /v2/new" in _violations(spec({"/v2/new": {"get": flagged}}))


def test_rule2_path_level_parameters_on_a_published_path_are_an_error() -> None:
    item = {"parameters": [{"name": "x", "in": "query", "schema": {"type": "string"}}], "put": op("replaceThings")}
    assert "path-level `parameters` in the supplement is an error" in _violations(spec({"/v2/things": item}))


def test_rule3_a_renamed_template_replaces_the_published_path_in_place() -> None:
    supersede = {"x-tavus-supersedes-published": "renamed"}
    item = {
        "x-tavus-replaces-published-path": "/v2/things/{things_id}",
        "parameters": [{"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "get": op("getThing", **supersede),
        "delete": op("deleteThing", **supersede),
        "patch": op("patchThing"),
    }
    merged = merge(PUBLISHED, spec({"/v2/things/{thing_id}": item}))
    assert list(merged["paths"]) == ["/v2/things", "/v2/things/{thing_id}", "/v2/personas"]
    new = merged["paths"]["/v2/things/{thing_id}"]
    assert [new[m][MARK] for m in ("get", "delete", "patch")] == ["supersedes", "supersedes", "new"]
    validate(merged)


def test_rule3_every_published_method_must_be_superseded() -> None:
    item = {
        "x-tavus-replaces-published-path": "/v2/things/{things_id}",
        "get": op("getThing", **{"x-tavus-supersedes-published": "renamed"}),
    }
    assert "must supersede all its methods; not superseded: DELETE" in _violations(
        spec({"/v2/things/{thing_id}": item})
    )


def test_rule3_the_replaced_path_must_exist_and_be_the_same_wire_path() -> None:
    gone = {"x-tavus-replaces-published-path": "/v2/gone/{x}", "get": op("getGone")}
    assert "replaces /v2/gone/{x}, which the published file lacks" in _violations(spec({"/v2/gone/{y}": gone}))
    other = {"x-tavus-replaces-published-path": "/v2/things/{things_id}", "get": op("getOther")}
    assert "which is another wire path" in _violations(spec({"/v2/other/{x}": other}))


def test_rule3_an_equivalent_template_without_the_flag_is_an_error() -> None:
    assert "is the published /v2/things/{things_id} with renamed parameters" in _violations(
        spec({"/v2/things/{thing_id}": {"put": op("putThing")}})
    )


def test_rule4_schemas_are_unioned_and_a_flagged_stub_keeps_the_published_definition() -> None:
    schemas = {"Shared": {"x-tavus-stub-of-published": True, "type": "object"}, "Face": {"type": "object"}}
    merged = merge(PUBLISHED, spec({}, schemas))
    assert list(merged["components"]["schemas"]) == ["Shared", "Face"]
    assert merged["components"]["schemas"]["Shared"] == PUBLISHED["components"]["schemas"]["Shared"]


def test_rule4_an_unflagged_clash_a_stub_of_nothing_and_other_security_are_errors() -> None:
    assert "components/schemas/Shared is in both files" in _violations(spec({}, {"Shared": {"type": "object"}}))
    assert "Face is flagged x-tavus-stub-of-published but the published file lacks it" in _violations(
        spec({}, {"Face": {"x-tavus-stub-of-published": True}})
    )
    other = spec({})
    other["components"]["securitySchemes"]["apiKey"]["name"] = "Authorization"
    assert "securitySchemes differ" in _violations(other)


def test_rule5_tags_are_the_published_list_then_the_new_ones() -> None:
    merged = merge(PUBLISHED, spec({}, tags=("Faces", "Things", "PALs")))
    assert [t["name"] for t in merged["tags"]] == ["Things", "Faces", "PALs"]


def test_rule6_a_flagged_id_conflict_is_renamed_and_the_published_id_kept() -> None:
    conflict = {"published-operation": "GET /v2/personas", "merged-operation-id": "listPals"}
    merged = merge(
        PUBLISHED, spec({"/v2/pals": {"get": op("listPersonas", **{"x-tavus-operation-id-conflict": conflict})}})
    )
    assert merged["paths"]["/v2/pals"]["get"]["operationId"] == "listPals"
    assert merged["paths"]["/v2/personas"]["get"]["operationId"] == "listPersonas"
    validate(merged)


def test_rule6_an_unflagged_duplicate_id_and_a_stale_flag_are_errors() -> None:
    assert "operationId 'listPersonas' is not unique (GET /v2/personas; GET /v2/pals)" in _violations(
        spec({"/v2/pals": {"get": op("listPersonas")}})
    )
    stale = {"published-operation": "GET /v2/things", "merged-operation-id": "listPals"}
    assert "a stale flag" in _violations(
        spec({"/v2/pals": {"get": op("listPersonas", **{"x-tavus-operation-id-conflict": stale})}})
    )


def test_every_violation_is_listed_not_only_the_first() -> None:
    caught = _violations(spec({"/v2/things": {"post": op("createThing")}, "/v2/pals": {"get": op("listPersonas")}}))
    assert "rule 2" in caught
    assert "rule 6" in caught


def test_the_inputs_are_not_changed() -> None:
    published, supplement = copy.deepcopy(PUBLISHED), spec({"/v2/faces": {"get": op("listFaces")}})
    before = copy.deepcopy(supplement)
    merge(published, supplement)
    assert published == PUBLISHED
    assert supplement == before


# --- the real files: what SOURCES.newer.md section 7 validated ------------------------------------


@pytest.fixture(scope="module")
def merged() -> dict[str, Any]:
    published = yaml.safe_load(VENDORED_SPEC.read_text(encoding="utf-8"))
    return merge(published, yaml.safe_load(SUPPLEMENT.read_text(encoding="utf-8")))


def test_the_merged_contract_is_what_section_7_validated(merged: dict[str, Any]) -> None:
    validate(merged)
    ids = [o["operationId"] for _, _, o in operations(merged)]
    assert len(ids) == 93  # 54 published + 39 new; 6 replaced in place
    assert len(set(ids)) == 93
    assert len(merged["tags"]) == 16
    assert len(merged["components"]["schemas"]) == 60
    kinds = [o[MARK] for _, _, o in supplement_operations(merged)]
    assert (kinds.count("new"), kinds.count("supersedes")) == (39, 6)
    assert all(o["x-tavus-source"] for _, _, o in supplement_operations(merged))


def test_the_merged_contract_renames_and_replaces_as_section_6_says(merged: dict[str, Any]) -> None:
    paths = merged["paths"]
    assert paths["/v2/pals"]["get"]["operationId"] == "listPals"
    assert paths["/v2/personas"]["get"]["operationId"] == "listPersonas"
    assert "/v2/guardrails/{guardrails_id}" not in paths
    assert [paths["/v2/guardrails/{guardrail_id}"][m]["operationId"] for m in ("get", "patch", "delete")] == [
        "getGuardrails", "patchGuardrails", "deleteGuardrails",
    ]  # fmt: skip
    assert paths["/v2/guardrails"]["get"]["operationId"] == "listGuardrails"
    assert {"face_id", "pal_id", "replica_id", "persona_id"} <= set(
        paths["/v2/conversations"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]
    )
    # The published recording_storage_config wins over the supplement's stub.
    assert "x-tavus-stub-of-published" not in merged["components"]["schemas"]["recording_storage_config"]


def test_main_writes_the_merged_file(tmp_path: Any) -> None:
    out = tmp_path / "merged.yaml"
    cmd = [sys.executable, "-m", "tools.supplement", str(VENDORED_SPEC), str(SUPPLEMENT), str(out)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "93 operations (45 from the supplement)" in result.stdout
    assert len(operations(yaml.safe_load(out.read_text(encoding="utf-8")))) == 93


def test_main_reports_violations_and_exits_1(tmp_path: Any) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(spec({"/v2/replicas": {"post": op("createReplica")}})), encoding="utf-8")
    cmd = [sys.executable, "-m", "tools.supplement", str(VENDORED_SPEC), str(broken), str(tmp_path / "out.yaml")]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "rule 2: POST /v2/replicas (createReplica) is in the published file" in result.stderr
    assert not (tmp_path / "out.yaml").exists()
