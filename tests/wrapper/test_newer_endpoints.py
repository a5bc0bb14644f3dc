"""docs/newer-endpoints.md: its table of endpoints stays outside the contract, the endpoints it once
listed are typed methods now, and its example runs (issues 10 and 16).

When a contract update brings one of the listed endpoints in, the first tests fail: the endpoint has
a typed method, and the row (and users' `client.request` calls) should move to it.
"""

from __future__ import annotations

import json
import re
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
import respx

import tavus
from tavus._operations import OPERATIONS

from .conftest import API_KEY, BASE_URL

ROOT = Path(__file__).resolve().parents[2]
PAGE = (ROOT / "docs" / "newer-endpoints.md").read_text(encoding="utf-8")
CONTRACT = json.loads(files("tavus_api").joinpath("openapi.json").read_text(encoding="utf-8"))  # the merged one
HTTP_METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE"}


def _table(heading: str, columns: int) -> list[list[str]]:
    """The rows (cells) of the table under `heading` whose first cell names HTTP methods."""
    section = PAGE.split(heading, 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == columns and set(cells[0].replace(",", " ").split()) <= HTTP_METHODS and cells[0]:
            rows.append(cells)
    return rows


def _template(cell: str) -> str:
    found = re.search(r"`([^`]+)`", cell)
    assert found, f"no `path` in {cell!r}"
    return found.group(1)


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


OPERATION_AT = {
    (method.upper(), _shape(path)): op["operationId"]
    for path, item in CONTRACT["paths"].items()
    for method, op in item.items()
    if method.upper() in HTTP_METHODS
}
OUTSIDE = _table("## Known endpoints outside the contract", 4)
MOVED = _table("## Moved into the contract", 3)


def test_the_page_has_both_tables() -> None:
    assert OUTSIDE
    assert len(MOVED) >= 10
    assert {_template(row[1]) for row in MOVED} >= {"/v2/pals", "/v2/faces", "/v2/guardrails/{guardrail_id}"}


@pytest.mark.parametrize("row", OUTSIDE, ids=[row[1] for row in OUTSIDE])
def test_a_listed_endpoint_is_outside_the_contract(row: list[str]) -> None:
    for method in row[0].replace(",", " ").split():
        operation = OPERATION_AT.get((method, _shape(_template(row[1]))))
        assert operation is None, f"{method} {row[1]} is {operation} of the contract now: move the row"
    assert "tavus-cli" in row[3] or "https://docs.tavus.io/" in row[3]


@pytest.mark.parametrize("row", MOVED, ids=[f"{row[0]} {row[1]}" for row in MOVED])
def test_a_moved_endpoint_names_the_method_that_wraps_it(row: list[str]) -> None:
    operation = OPERATION_AT.get((row[0], _shape(_template(row[1]))))
    assert operation is not None, f"{row[0]} {row[1]} is not an operation of the contract"
    resource, method = OPERATIONS[operation]
    assert f"`client.{resource}.{method}`" in row[2], f"{operation} is client.{resource}.{method}, not {row[2]}"


def test_the_pages_example_runs(make_client: Any) -> None:
    example = PAGE.split("```python", 1)[1].split("```", 1)[0]
    with respx.mock(base_url=BASE_URL) as api:
        builder = api.get("/v2/builder").respond(200, json={"data": []})
        pal = api.get("/v2/pals/p1234").respond(200, json={"data": {"pal_id": "p1234"}})
        namespace: dict[str, Any] = {}
        client = make_client(api_key=API_KEY)
        exec(example.replace("tavus.Tavus()", "client"), {"client": client}, namespace)
    assert builder.called
    assert pal.calls.last.request.url.params["verbose"] == "true"
    assert namespace["builder"] == {"data": []}
    assert namespace["pal"] == {"data": {"pal_id": "p1234"}}


def test_the_pages_api_path_line_is_true() -> None:
    line = next(line for line in PAGE.splitlines() if line.startswith('tavus.api_path("/v2/pals/{pal_id}"'))
    call, expected = line.split("  # ")
    assert eval(call, {"tavus": tavus}) == expected.strip("'")
