"""Identifiers shaped like the spec's examples, drawn from a seeded RNG so runs are reproducible.

Shapes (from the examples in openapi.json): replicas `rfe12d8b9597`, personas `pdced222244b`
(a letter + 11 hex); videos `8a4f94e736` (10 hex, no prefix); documents `d8-5c71baca86fc`;
conversations `c123456`, guardrails `g12345`, objectives `o12345` are placeholders in the spec, so
they get the replica/persona shape with their own letter; pronunciation dictionaries
`pd_abc123def456gh`; individual guardrails `g1234567890ab` (a letter + 12 hex: never a set's id,
which has 11); transcriptions `t0108f2d24k2a`, tools `tabc123def456`, lipsyncs and replacements `w0108f2d24k2a`
(a letter + 12 hex); deployments `d1234567890abcdef` (a letter + 16 hex).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Container

Shape = Callable[[random.Random], str]


def _hex(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(count))


def _lettered(letter: str, count: int = 11) -> Shape:
    return lambda rng: letter + _hex(rng, count)


def _dictionary(rng: random.Random) -> str:
    return "pd_" + "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(14))


SHAPES: dict[str, Shape] = {
    "replica": _lettered("r"),
    "persona": _lettered("p"),
    "conversation": _lettered("c"),
    "guardrails": _lettered("g"),
    "guardrail": _lettered("g", 12),
    "objectives": _lettered("o"),
    "video": lambda rng: _hex(rng, 10),
    "document": lambda rng: f"d{_hex(rng, 1)}-{_hex(rng, 12)}",
    "dictionary": _dictionary,
    "transcription": _lettered("t", 12),
    "tool": _lettered("t", 12),
    "lipsync": _lettered("w", 12),
    "replacement": _lettered("w", 12),
    "voice": _lettered("v", 12),
    "deployment": _lettered("d", 16),  # `d1234567890abcdef` in the spec
}


class IdFactory:
    """New ids per resource kind, never repeating one already `taken`."""

    def __init__(self, seed: int | None) -> None:
        self._rng = random.Random(seed)

    def new(self, kind: str, taken: Container[str]) -> str:
        while True:
            candidate = SHAPES[kind](self._rng)
            if candidate not in taken:
                return candidate

    def token(self, length: int = 32) -> str:
        """Opaque random text (meeting tokens)."""
        return _hex(self._rng, length)
