"""The Python of docs/interactions.md, all of its blocks as one module (as a reader pastes them),
passes mypy --strict as user code. Its one call of `client.conversations.send_app_message` is the one
error allowed while the SDK lacks that method (the page says so; tests/docs checks it says so)."""

from __future__ import annotations

import re
import textwrap

from mypy import api

from tavus._sync.resources.conversations import Conversations
from tests.conftest import ROOT

PAGE = ROOT / "docs" / "interactions.md"
CACHE = ROOT / "build" / "mypy-typing-tests"
# Every ```python block, top-level or indented in an admonition, in page order.
BLOCK = re.compile(r"^( *)```python\n(.*?)^\1```", flags=re.S | re.M)


def test_the_interactions_page_passes_mypy_strict_as_user_code() -> None:
    blocks = [textwrap.dedent(code) for _, code in BLOCK.findall(PAGE.read_text(encoding="utf-8"))]
    assert len(blocks) >= 5
    program = "\n\n".join(blocks)
    # A fixed path: mypy's cache, shared with the other typing tests, would report a cached module's old path.
    path = ROOT / "build" / "docs-snippets" / "interactions_page.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(program, encoding="utf-8")
    out, err, status = api.run(["--strict", "--cache-dir", str(CACHE), "--no-error-summary", str(path)])
    assert status in (0, 1), err
    errors = [line for line in out.splitlines() if ": error:" in line]
    sends = [n for n, line in enumerate(program.splitlines(), 1) if ".conversations.send_app_message(" in line]
    assert len(sends) == 1
    if hasattr(Conversations, "send_app_message"):
        assert errors == []
    else:  # the one error is the method that is not on this branch: nothing else may be wrong
        assert len(errors) == 1, errors
        assert errors[0].split(":")[1:3] == [str(sends[0]), " error"]
        assert '"Conversations" has no attribute "send_app_message"  [attr-defined]' in errors[0]
