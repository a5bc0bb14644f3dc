"""A griffe extension for the API reference (mkdocs.yml loads it): what griffe's static reading gets wrong.

1. Doctest lines. The wrapper's docstrings show usage as `>>> ...` lines, which Markdown renders as
   nested block quotes. Each run of `>>>` lines (with its output, up to a blank line) is put in a
   fenced `pycon` code block instead.
2. Contract links. The generated models' docstrings are the contract's descriptions, whose links are
   relative to Tavus's docs site (`](/sections/...)`): they are made absolute (https://docs.tavus.io).

The wrapper's source stays as it is: this only changes what the documentation shows.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

__all__ = ["TavusDocstrings", "absolute_contract_links", "fence_doctests"]

TAVUS_DOCS = "https://docs.tavus.io"
_SITE_LINK = re.compile(r"\]\(\s*/(?!/)")  # a Markdown link target starting with one "/" (spaces: wrapped)


def absolute_contract_links(text: str) -> str:
    """`text` with each `](/path)` link pointing at Tavus's docs site instead of this one."""
    return _SITE_LINK.sub(f"]({TAVUS_DOCS}/", text)


def fence_doctests(text: str) -> str:
    """`text` with each block of `>>>` lines (and the output lines after it) in a ```pycon fence."""
    lines = text.splitlines()
    out: list[str] = []
    in_fence = False
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
        if in_fence or not stripped.startswith(">>>"):
            out.append(line)
            i += 1
            continue
        indent = line[: len(line) - len(stripped)]
        block: list[str] = []
        while i < len(lines) and lines[i].strip() and lines[i].startswith(indent):
            block.append(lines[i])
            i += 1
        if out and out[-1].strip():
            out.append("")
        out.extend([f"{indent}```pycon", *block, f"{indent}```"])
        if i < len(lines) and lines[i].strip():
            out.append("")
    return "\n".join(out)


class TavusDocstrings(griffe.Extension):
    """Fences doctests and points the contract's links at Tavus's docs, once the tree is complete."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is None:
            return
        if ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
        if "](" in obj.docstring.value:
            obj.docstring.value = absolute_contract_links(obj.docstring.value)
