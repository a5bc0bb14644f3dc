"""A griffe extension for the API reference (mkdocs.yml loads it): what griffe's static reading gets wrong.

1. Docstrings set by assignment. The sync and async resource classes share one docstring per
   method through `create.__doc__ = _CREATE_DOC`; griffe reads source without running it, so
   those methods would have no docstring. Inside a class body, `name.__doc__ = CONSTANT` (a
   module-level string literal) now becomes `name`'s docstring.
2. Doctest lines. The wrapper's docstrings show usage as `>>> ...` lines, which Markdown renders as
   nested block quotes. Each run of `>>>` lines (with its output, up to a blank line) is put in a
   fenced `pycon` code block instead.
3. Private parameters. `Tavus(..., _sleep=..., _clock=..., _wall_clock=...)` are test hooks, not
   API: parameters whose name starts with `_` are left out of the documented signatures.

The wrapper's source stays as it is: this only changes what the documentation shows.
"""

from __future__ import annotations

import ast
import inspect
from typing import Any

import griffe

__all__ = ["TavusDocstrings", "doc_assignments", "fence_doctests"]


def doc_assignments(body: list[ast.stmt]) -> dict[str, str]:
    """`{member: constant name}` for each `member.__doc__ = CONSTANT` statement of a class body."""
    found: dict[str, str] = {}
    for stmt in body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.value, ast.Name)):
            continue
        target = stmt.targets[0]
        if isinstance(target, ast.Attribute) and target.attr == "__doc__" and isinstance(target.value, ast.Name):
            found[target.value.id] = stmt.value.id
    return found


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


def _string_constant(module: griffe.Object, name: str) -> str | None:
    member = module.members.get(name)
    if not isinstance(member, griffe.Attribute) or member.value is None:
        return None
    try:
        value = ast.literal_eval(str(member.value))
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


class TavusDocstrings(griffe.Extension):
    """Applies `doc_assignments` while classes are read, and `fence_doctests` once the tree is complete."""

    def on_class_members(self, *, node: ast.AST | griffe.ObjectNode, cls: griffe.Class, **kwargs: Any) -> None:
        if not isinstance(node, ast.ClassDef):  # dynamic inspection sees __doc__ already
            return
        for member_name, constant in doc_assignments(node.body).items():
            member = cls.members.get(member_name)
            text = _string_constant(cls.module, constant)
            if member is not None and text is not None and member.docstring is None:
                member.docstring = griffe.Docstring(inspect.cleandoc(text), parent=member)

    def on_function_instance(self, *, func: griffe.Function, **kwargs: Any) -> None:
        for name in [p.name for p in func.parameters if p.name.startswith("_") and not p.name.startswith("__")]:
            del func.parameters[name]

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
