from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class PalSttLayer(Model):
    """Speech-to-text settings (turn-taking lives on conversational_flow)."""

    stt_engine: str | None
    """ STT engine; tavus-auto (default) picks per language, tavus-advanced is deprecated. """
    hotwords: str | None
    """ Example phrases that bias transcription toward names and uncommon terms. """

    _FIELDS = {
        "stt_engine": ("stt_engine", None),
        "hotwords": ("hotwords", None),
    }

    def __init__(
        self,
        *,
        stt_engine: str | None = None,
        hotwords: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "stt_engine": stt_engine,
            "hotwords": hotwords,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PalSttLayerParam = TypedDict(
    "PalSttLayerParam",
    {
        "stt_engine": "str",
        "hotwords": "str",
    },
    total=False,
)
