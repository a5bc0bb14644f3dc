"""The README's code compiles, and the make targets it names exist."""

from __future__ import annotations

import re

from tests.conftest import ROOT, make_help_targets

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_python_blocks_compile() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    assert len(blocks) >= 4
    for i, block in enumerate(blocks):
        compile(block, f"README.md python block {i}", "exec")


def test_named_make_targets_exist() -> None:
    named = set(re.findall(r"`make ([a-z-]+)", README))
    assert {"demo", "test", "setup", "generate", "check-generated", "lint"} <= named
    targets = make_help_targets()
    assert named <= targets, f"README names targets that `make help` does not list: {sorted(named - targets)}"


def test_the_fake_example_runs() -> None:
    """The README's `tavus.testing` example is executed, so its asserts hold."""
    (block,) = [b for b in re.findall(r"```python\n(.*?)```", README, flags=re.S) if "FakeTavus()" in b]
    exec(compile(block, "README.md fake example", "exec"), {})
