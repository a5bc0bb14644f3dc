"""MkDocs hooks (mkdocs.yml `hooks:`): make pages written for GitHub render the same on the site.

GitHub splits a table row on every `|`, even inside a code span, so pages that GitHub also shows
(docs/spec-changes.md, linked from the README) write a pipe in a table's code span as `\\|`.
Python-Markdown does not split inside code spans and would show the backslash. On table rows only,
`\\|` inside a code span becomes `|`; the files keep their GitHub-compatible form.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["on_page_markdown", "unescape_table_pipes"]

_CODE_SPAN = re.compile(r"(`+)(.+?)\1")


def unescape_table_pipes(markdown: str) -> str:
    """`markdown` with `\\|` turned into `|` inside the code spans of table rows (lines starting with `|`)."""
    lines = markdown.split("\n")
    in_fence = False
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
        elif not in_fence and stripped.startswith("|") and "\\|" in line:
            lines[i] = _CODE_SPAN.sub(lambda m: m.group(1) + m.group(2).replace("\\|", "|") + m.group(1), line)
    return "\n".join(lines)


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    return unescape_table_pipes(markdown)
