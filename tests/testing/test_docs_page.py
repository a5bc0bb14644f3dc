"""docs/testing.md lists every operation name fault scripting takes, and its examples run."""

from __future__ import annotations

import re

from tavus._operations import OPERATIONS
from tavus.testing._core import HANDLERS
from tavus.testing._spec import load_spec
from tests.conftest import ROOT

PAGE = (ROOT / "docs" / "testing.md").read_text(encoding="utf-8")


def test_the_operation_table_is_the_contracts() -> None:
    # a sub-resource is dotted (`client.conversations.canvas.record`), as in tavus._operations
    rows = re.findall(r"^\| `(\w+)` \| `([A-Z]+) ([^`]+)` \| `client\.([\w.]+)\.(\w+)` \|$", PAGE, re.MULTILINE)
    operations = load_spec().operations
    assert sorted(op for op, *_ in rows) == sorted(HANDLERS)  # what the fake serves
    for op, method, path, resource, name in rows:
        assert (operations[op].method, operations[op].path) == (method, path)
        assert OPERATIONS[op] == (resource, name)


def test_the_page_s_own_client_example_runs() -> None:
    section = PAGE.split("## A client your code builds itself", 1)[1]
    code = section.split("```python", 1)[1].split("```", 1)[0]
    exec(compile(code, "docs/testing.md", "exec"), {})
