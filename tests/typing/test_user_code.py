"""The SDK as a type checker sees it in user code: mypy --strict accepts correct code with zero errors
and reports each mistake (a misspelt method or keyword, a missing required field, a wrong type).

The snippets are files a user could write (`snippets/`); mypy runs on them as on a user's project.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mypy import api

SNIPPETS = Path(__file__).parent / "snippets"
CACHE = Path(__file__).resolve().parents[2] / "build" / "mypy-typing-tests"
EXPECT = re.compile(r"#\s*E:\s*([\w-]+)")
REVEAL = re.compile(r"#\s*R:\s*(.+?)\s*$")
OK = ["user_code_ok.py", "interactions_ok.py"]
BAD = ["user_code_bad.py", "interactions_bad.py"]


def _mypy(path: Path) -> list[str]:
    """mypy --strict's errors and notes on one snippet."""
    out, err, status = api.run(["--strict", "--cache-dir", str(CACHE), "--no-error-summary", str(path)])
    assert status in (0, 1), err
    return [line for line in out.splitlines() if ": error:" in line or ": note:" in line]


def _errors(path: Path) -> list[str]:
    return [line for line in _mypy(path) if ": error:" in line]


@pytest.mark.parametrize("name", OK)
def test_correct_user_code_has_no_error(name: str) -> None:
    errors = _errors(SNIPPETS / name)
    assert errors == []


@pytest.mark.parametrize("name", ["interactions_ok.py"])
def test_each_revealed_type_is_the_one_written(name: str) -> None:
    """`reveal_type(x)  # R: T`: mypy must reveal exactly T there (a builder's result is its message class)."""
    path = SNIPPETS / name
    expected = {
        number: match.group(1)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if "reveal_type(" in line and (match := REVEAL.search(line))
    }
    assert expected
    revealed = {}
    for line in _mypy(path):
        _, number, rest = line.split(":", 2)
        if "Revealed type is" in rest:
            revealed[int(number)] = rest.split("Revealed type is ", 1)[1].strip().strip('"')
    assert revealed == expected


@pytest.mark.parametrize("name", BAD)
def test_each_mistake_is_reported_where_it_is(name: str) -> None:
    path = SNIPPETS / name
    expected = {
        number: match.group(1)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if (match := EXPECT.search(line))
    }
    found: dict[int, list[str]] = {}
    for line in _errors(path):
        _, number, rest = line.split(":", 2)
        found.setdefault(int(number), []).append(rest)
    for number, code in expected.items():
        errors = found.get(number, [])
        assert any(f"[{code}]" in e for e in errors), f"line {number}: no [{code}] in {errors}"
    assert set(found) == set(expected), f"unexpected errors: { {n: found[n] for n in set(found) - set(expected)} }"


@pytest.mark.parametrize("name", OK + BAD)
def test_the_snippets_are_valid_python(name: str) -> None:
    compile((SNIPPETS / name).read_text(encoding="utf-8"), name, "exec")
