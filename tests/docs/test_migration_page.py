"""docs/migration.md: every field-by-field row holds against the merged contract (issue 16).

Each section names two operations and what it compares (request body, response, query); a field in
the left column must exist in the first operation, one in the right column in the second, and `—`
must be true: the operation has no such field. A contract update that renames one of them fails here.
"""

from __future__ import annotations

import json
import re
from importlib.resources import files
from typing import Any

import pytest

from tavus._operations import OPERATIONS
from tests.conftest import ROOT

PAGE = (ROOT / "docs" / "migration.md").read_text(encoding="utf-8")
SPEC: dict[str, Any] = json.loads(files("tavus_api").joinpath("openapi.json").read_text(encoding="utf-8"))
OPS = {op["operationId"]: op for item in SPEC["paths"].values() for op in item.values() if "operationId" in op}
HEADING = re.compile(r"^### .*?`(\w+)` → `(\w+)` \((request body|response|query)\)$", flags=re.M)
NONE = "—"


def _schema(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = SPEC["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    return node


def _properties(node: dict[str, Any]) -> set[str]:
    """The fields of an object schema, of all its alternatives (anyOf/oneOf/allOf) together."""
    node = _schema(node)
    names = set(node.get("properties", {}))
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in node.get(key, []):
            names |= _properties(branch)
    return names


def fields(operation_id: str, kind: str) -> set[str]:
    op = OPS[operation_id]
    if kind == "query":
        return {p["name"] for p in op.get("parameters", []) if p["in"] == "query"}
    if kind == "request body":
        return _properties(op["requestBody"]["content"]["application/json"]["schema"])
    body = _schema(op["responses"]["200"]["content"]["application/json"]["schema"])
    data = body.get("properties", {}).get("data")  # personas and PALs answer {data: ...}, one or a list
    if data is None:
        return _properties(body)
    data = _schema(data)
    return _properties(data.get("items", data))


def _sections() -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    parts = HEADING.split(PAGE)[1:]
    sections = []
    for old_op, new_op, kind, text in zip(parts[0::4], parts[1::4], parts[2::4], parts[3::4], strict=True):
        rows = re.findall(r"^\| (`\w+`|—) \| (`\w+`|—) \|", text, flags=re.M)
        sections.append((old_op, new_op, kind, [(a.strip("`"), b.strip("`")) for a, b in rows]))
    return sections


SECTIONS = _sections()


def test_the_page_compares_faces_pals_conversations_and_guardrails() -> None:
    pairs = {(old, new) for old, new, _, _ in SECTIONS}
    assert {("createReplica", "createFace"), ("getReplica", "getFace"), ("createPersona", "createPal")} <= pairs
    assert {("getPersona", "getPal"), ("createConversation", "createConversation")} <= pairs
    assert all(rows for *_, rows in SECTIONS)


@pytest.mark.parametrize(("old_op", "new_op", "kind", "rows"), SECTIONS, ids=[f"{s[0]}-{s[1]}" for s in SECTIONS])
def test_each_row_holds_in_the_contract(old_op: str, new_op: str, kind: str, rows: list[tuple[str, str]]) -> None:
    old_fields, new_fields = fields(old_op, kind), fields(new_op, kind)
    for old, new in rows:
        for field, known, op in ((old, old_fields, old_op), (new, new_fields, new_op)):
            if field != NONE:
                assert field in known, f"{op} has no {kind} field {field!r}"
        if old_op != new_op:  # `—` is a claim of absence only between two operations
            assert old != NONE or new not in old_fields, f"{old_op} has {new!r}: the row's `—` is wrong"
            assert new != NONE or old not in new_fields, f"{new_op} has {old!r}: the row's `—` is wrong"


def test_the_methods_the_page_names_exist() -> None:
    resources = {resource.split(".")[0] for resource, _ in OPERATIONS.values()}
    for name in re.findall(r"`client\.(\w+)`", PAGE):
        assert name in resources, f"the page names client.{name}, which the SDK does not have"
