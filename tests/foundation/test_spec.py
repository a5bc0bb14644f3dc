"""The vendored contract, the overlay, and the contract shipped inside tavus_api."""

from __future__ import annotations

import copy
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests.conftest import HTTP_METHODS, OVERLAY, ROOT, VENDORED_SPEC, operations
from tools.overlay import OverlayError, apply_overlay, name_components, tolerant_responses, with_guarantees
from tools.retire_supplement import read_record, recorded_operations, retire_text

REF = "#/components/schemas/"
UPSTREAM_COPY = ROOT.parent / "shared" / "openapi" / "tavus-openapi.yaml"
SUPPLEMENT = ROOT / "openapi" / "tavus-openapi.newer.yaml"
UPSTREAM_SUPPLEMENT = ROOT.parent / "shared" / "openapi" / "tavus-openapi.newer.yaml"
RETIRED = ROOT / "openapi" / "supplement-retired.yaml"


def _overlay() -> dict[str, Any]:
    return yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))


def test_vendored_spec_is_byte_identical_to_upstream() -> None:
    if not UPSTREAM_COPY.exists():
        pytest.skip("../shared/openapi is not beside this checkout")
    assert VENDORED_SPEC.read_bytes() == UPSTREAM_COPY.read_bytes()


def test_vendored_supplement_is_the_shared_copy_minus_exactly_the_retired_entries() -> None:
    """Byte for byte the shared copy, except the operations the retirement record lists (Tavus now
    publishes them): those lines are gone, nothing else changed. With no entry, the files are identical."""
    if not UPSTREAM_SUPPLEMENT.exists():
        pytest.skip("../shared/openapi is not beside this checkout")
    retired = recorded_operations(read_record(RETIRED))
    expected = retire_text(UPSTREAM_SUPPLEMENT.read_bytes().decode("utf-8"), retired)
    assert SUPPLEMENT.read_bytes() == expected.encode("utf-8")


def test_the_retirement_record_says_why_for_each_entry() -> None:
    for entry in read_record(RETIRED):
        assert {"operation", "operationId", "kind", "why", "published_sha256"} <= set(entry), entry
        assert entry["kind"] in ("new", "supersedes"), entry


def test_vendored_supplement_is_valid_openapi() -> None:
    validate(yaml.safe_load(SUPPLEMENT.read_text(encoding="utf-8")))


def test_vendored_spec_is_valid_openapi(vendored_spec: dict[str, Any]) -> None:
    validate(vendored_spec)


def test_vendored_spec_has_54_unique_operation_ids(vendored_spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in operations(vendored_spec)]
    assert len(ids) == 54
    assert len(set(ids)) == 54


def test_overlaid_spec_is_valid_openapi(merged_spec: dict[str, Any]) -> None:
    validate(apply_overlay(merged_spec, _overlay()))


def test_every_overlay_change_says_why() -> None:
    overlay = _overlay()
    assert overlay["patch"], "the overlay has no patch operations"
    for op in overlay["patch"]:
        assert str(op.get("why", "")).strip(), op
    for transform in overlay["transforms"]:
        assert str(transform.get("why", "")).strip(), transform


def test_overlay_without_why_is_refused(merged_spec: dict[str, Any]) -> None:
    overlay = _overlay()
    del overlay["patch"][1]["why"]
    with pytest.raises(ValueError, match="has no 'why'"):
        apply_overlay(merged_spec, overlay)


def test_overlay_fails_loudly_when_upstream_fixes_a_defect(merged_spec: dict[str, Any]) -> None:
    """The guards (`test` ops) notice an upstream fix instead of patching over it."""
    fixed_upstream = copy.deepcopy(merged_spec)
    body = fixed_upstream["paths"]["/v2/videos"]["post"]["requestBody"]["content"]["application/json"]
    body["schema"]["oneOf"][0]["required"] = ["script", "replica_id"]
    with pytest.raises(OverlayError) as caught:
        apply_overlay(fixed_upstream, _overlay())
    # Every failure is named with its `why`: the guard, and the fixes behind it that no longer apply.
    assert "oneOf/0/required (guard - upstream expresses script/audio_url as a oneOf beside properties)" in str(
        caught.value
    )
    assert all("JsonPatch" in f for f in caught.value.failures)


def test_tolerant_responses_relaxes_responses_and_keeps_requests_strict() -> None:
    spec = {
        "paths": {
            "/x": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": {
                        "type": "object", "required": ["a"],
                        "properties": {"a": {"type": "string", "enum": ["p"]}},
                    }}}},
                    "responses": {"200": {"content": {"application/json": {"schema": {
                        "type": "object", "required": ["a"],
                        "properties": {
                            "a": {"type": "string", "enum": ["p", "q"]},
                            "properties": {"type": "object", "required": ["b"], "nullable": True,
                                           "properties": {"b": {"type": "integer", "nullable": True}}},
                            "items": {"type": "array", "items": {"type": "object", "required": ["c"]}},
                        },
                    }}}}},
                }
            }
        }
    }  # fmt: skip
    tolerant_responses(spec)
    op = spec["paths"]["/x"]["post"]
    response = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert "required" not in response
    assert response["properties"]["a"] == {"type": "string", "x-known-values": ["p", "q"]}
    nested = response["properties"]["properties"]
    # The model template reads every optional field as `T | None`; `nullable` would only rename nested models.
    assert "nullable" not in nested
    assert "required" not in nested
    assert nested["properties"]["b"] == {"type": "integer"}
    assert "required" not in response["properties"]["items"]["items"]
    request = op["requestBody"]["content"]["application/json"]["schema"]
    assert request["required"] == ["a"]
    assert request["properties"]["a"]["enum"] == ["p"]


def test_shipped_contract_is_the_patched_spec_with_strict_responses(
    vendored_spec: dict[str, Any], merged_spec: dict[str, Any]
) -> None:
    shipped = json.loads(resources.files("tavus_api").joinpath("openapi.json").read_text(encoding="utf-8"))
    overlay = _overlay()
    assert shipped == with_guarantees(apply_overlay(merged_spec, {"patch": overlay["patch"]}), overlay)
    validate(shipped)
    for path, key in (
        ("/v2/replicas/{replica_id}", "replica_id"),
        ("/v2/conversations/{conversation_id}", "conversation_id"),
    ):
        response = shipped["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert key in response["required"]  # the one thing the SDK adds: a resource has its id
        ours = copy.deepcopy(shipped["paths"][path]["get"]["responses"])
        theirs = copy.deepcopy(vendored_spec["paths"][path]["get"]["responses"])
        ours["200"]["content"]["application/json"]["schema"].pop("required")
        theirs["200"]["content"]["application/json"]["schema"].pop("required", None)
        assert ours == theirs


def test_with_guarantees_requires_the_id_and_one_item_of_an_array_id() -> None:
    spec = {"paths": {"/x": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {
        "type": "object", "required": ["name"],
        "properties": {"x_id": {"type": "string"}, "data": {"type": "array"}, "name": {"type": "string"}},
    }}}}}}}}}  # fmt: skip
    pointer = "/paths/~1x/get/responses/200/content/application~1json/schema"
    overlay = {
        "components": [{"name": "X", "from": [pointer], "required": ["x_id", "data"]}, {"name": "Y", "from": []}]
    }
    guaranteed = with_guarantees(spec, overlay)
    schema = guaranteed["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["required"] == ["data", "name", "x_id"]
    assert schema["properties"]["data"] == {"type": "array", "minItems": 1}
    assert "minItems" not in spec["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]["schema"][
        "properties"]["data"]  # fmt: skip


def test_generator_config_is_committed() -> None:
    assert (Path(ROOT) / "openapi" / "generator-config.yaml").is_file()


def test_tolerant_responses_relaxes_the_components_responses_reference_and_not_request_only_ones() -> None:
    spec = {
        "paths": {"/x": {"post": {
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}},
            "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}},
        }}},
        "components": {"schemas": {
            "Body": {"type": "object", "required": ["kind"], "properties": {"kind": {"$ref": REF + "Kind"}}},
            "Kind": {"type": "string", "enum": ["a", "b"]},
            "Thing": {"type": "object", "required": ["id"], "properties": {"state": {"$ref": REF + "State"}}},
            "State": {"type": "string", "enum": ["on", "off"]},
        }},
    }  # fmt: skip
    tolerant_responses(spec)
    schemas = spec["components"]["schemas"]
    assert "required" not in schemas["Thing"]
    assert schemas["State"] == {"type": "string", "x-known-values": ["on", "off"]}  # reached through Thing
    assert schemas["Body"]["required"] == ["kind"]
    assert schemas["Kind"]["enum"] == ["a", "b"]


def test_named_components_keep_a_base_component_and_absorb_another() -> None:
    spec = {
        "paths": {"/faces": {"post": {"responses": {"2XX": {"content": {"application/json": {"schema": {
            "type": "object", "properties": {"face_id": {"type": "string"}, "status": {"type": "string"}},
        }}}}}}}},
        "components": {"schemas": {
            "Face": {"type": "object", "additionalProperties": True, "properties": {"face_id": {"type": "string"}}},
            "SetSummary": {"type": "object", "properties": {"set_id": {"type": "string"}}},
            "SetList": {"type": "object", "properties": {"data": {"type": "array", "items": {
                "$ref": "#/components/schemas/SetSummary"}}}},
        }},
    }  # fmt: skip
    create = "/paths/~1faces/post/responses/2XX/content/application~1json/schema"
    components = [
        {"name": "Face", "why": "w", "from": ["/components/schemas/Face", create], "required": ["face_id"]},
        {"name": "Set", "why": "w", "from": ["/components/schemas/SetSummary"], "required": ["set_id"]},
    ]
    name_components(spec, components)
    schemas = spec["components"]["schemas"]
    assert schemas["Face"]["additionalProperties"] is True  # the base is kept whole
    assert list(schemas["Face"]["properties"]) == ["face_id", "status"]
    assert schemas["Face"]["required"] == ["face_id"]
    assert spec["paths"]["/faces"]["post"]["responses"]["2XX"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Face"
    }
    assert "SetSummary" not in schemas  # absorbed, and its $refs point to the model
    assert schemas["SetList"]["properties"]["data"]["items"] == {"$ref": "#/components/schemas/Set"}
    assert schemas["Set"]["required"] == ["set_id"]


def test_a_named_component_may_not_take_a_name_of_the_spec_it_does_not_merge() -> None:
    spec = {"paths": {}, "components": {"schemas": {"Face": {"type": "object", "properties": {}}}}}
    with pytest.raises(ValueError, match="'Face' is already a schema of the spec"):
        name_components(spec, [{"name": "Face", "why": "w", "from": []}])


def test_shipped_contract_marks_the_supplement_operations_and_requires_their_ids() -> None:
    shipped = json.loads(resources.files("tavus_api").joinpath("openapi.json").read_text(encoding="utf-8"))
    marks = [
        op.get("x-tavus-supplement")
        for item in shipped["paths"].values()
        for m, op in item.items()
        if m in HTTP_METHODS
    ]
    assert (marks.count("new"), marks.count("supersedes"), marks.count(None)) == (39, 6, 48)
    assert shipped["components"]["schemas"]["Face"]["required"] == ["face_id"]
    face_created = shipped["paths"]["/v2/faces"]["post"]["responses"]["2XX"]["content"]["application/json"]["schema"]
    assert face_created["required"] == ["face_id"]
