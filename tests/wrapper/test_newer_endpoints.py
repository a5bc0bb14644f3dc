"""docs/newer-endpoints.md: its table stays outside the vendored contract, and its example runs (issue 10).

When `make fetch-spec` brings one of these endpoints into the contract, the first test fails: the
endpoint now has a typed method, and the table (and users' `client.request` calls) should move to it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import respx
import yaml

import tavus

from .conftest import API_KEY, BASE_URL

ROOT = Path(__file__).resolve().parents[2]
PAGE = (ROOT / "docs" / "newer-endpoints.md").read_text(encoding="utf-8")
CONTRACT = yaml.safe_load((ROOT / "openapi" / "tavus-openapi.yaml").read_text(encoding="utf-8"))
HTTP_METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE"}


def _rows() -> list[tuple[list[str], str, str, str]]:
    """(methods, path cell, path template, docs cell) of each row of the 'Known newer endpoints' table."""
    section = PAGE.split("## Known newer endpoints", 1)[1]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 4 or not set(cells[0].replace(",", " ").split()) <= HTTP_METHODS:
            continue
        methods = cells[0].replace(",", " ").split()
        template = re.search(r"`([^`]+)`", cells[1])
        assert template, f"no `path` in {line!r}"
        rows.append((methods, cells[1], template.group(1).split("?")[0], cells[3]))
    return rows


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


CONTRACT_OPERATIONS = {
    (method.upper(), _shape(path))
    for path, item in CONTRACT["paths"].items()
    for method in item
    if method != "parameters"
}
ROWS = _rows()


def test_the_table_lists_the_endpoints_issue_10_names() -> None:
    paths = {template for _, _, template, _ in ROWS}
    for expected in ("/v2/pals", "/v2/faces"):
        assert expected in paths
    assert any("guardrail_id" in template for _, _, template, _ in ROWS)
    assert len(ROWS) >= 10


@pytest.mark.parametrize(("methods", "cell", "template", "docs"), ROWS, ids=[r[1] for r in ROWS])
def test_row_is_outside_the_contract_and_cites_its_page(
    methods: list[str], cell: str, template: str, docs: str
) -> None:
    shares_a_contract_path = " with " in cell  # individual guardrails: same path as the legacy sets
    for method in methods:
        in_contract = (method, _shape(template)) in CONTRACT_OPERATIONS
        assert in_contract is shares_a_contract_path, f"{method} {template}: in the vendored contract = {in_contract}"
    assert "https://docs.tavus.io/" in docs or "docs index title" in docs


def test_the_pages_example_runs(make_client: Any) -> None:
    example = PAGE.split("```python", 1)[1].split("```", 1)[0]
    with respx.mock(base_url=BASE_URL) as api:
        pals = api.get("/v2/pals").respond(200, json={"data": [{"pal_id": "p1"}]})
        created = api.post("/v2/tools").respond(200, json={"tool_id": "t_1"})
        deleted = api.delete("/v2/tools/t_1").respond(204)
        namespace: dict[str, Any] = {}
        client = make_client(api_key=API_KEY)
        exec(example.replace("tavus.Tavus()", "client"), {"client": client}, namespace)
    assert pals.called
    assert created.calls.last.request.headers["content-type"] == "application/json"
    assert deleted.called
    assert namespace["pals"] == {"data": [{"pal_id": "p1"}]}


def test_the_pages_api_path_line_is_true() -> None:
    line = next(line for line in PAGE.splitlines() if line.startswith('tavus.api_path("/v2/pals/{pal_id}"'))
    call, expected = line.split("  # ")
    assert eval(call, {"tavus": tavus}) == expected.strip("'")
