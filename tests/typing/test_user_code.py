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


def _mypy(path: Path) -> list[str]:
    out, err, status = api.run(["--strict", "--cache-dir", str(CACHE), "--no-error-summary", str(path)])
    assert status in (0, 1), err
    return [line for line in out.splitlines() if ": error:" in line]


def test_correct_user_code_has_no_error() -> None:
    errors = _mypy(SNIPPETS / "user_code_ok.py")
    assert errors == []


def test_each_mistake_is_reported_where_it_is() -> None:
    path = SNIPPETS / "user_code_bad.py"
    expected = {
        number: match.group(1)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if (match := EXPECT.search(line))
    }
    found: dict[int, list[str]] = {}
    for line in _mypy(path):
        _, number, rest = line.split(":", 2)
        found.setdefault(int(number), []).append(rest)
    for number, code in expected.items():
        errors = found.get(number, [])
        assert any(f"[{code}]" in e for e in errors), f"line {number}: no [{code}] in {errors}"
    assert set(found) == set(expected), f"unexpected errors: { {n: found[n] for n in set(found) - set(expected)} }"


@pytest.mark.parametrize("name", ["user_code_ok.py", "user_code_bad.py"])
def test_the_snippets_are_valid_python(name: str) -> None:
    compile((SNIPPETS / name).read_text(encoding="utf-8"), name, "exec")
