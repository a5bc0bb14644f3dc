from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class PronunciationRule(Model):
    text: str | None
    pronunciation: str | None
    type_: str | None
    case_sensitive: bool | None
    word_boundaries: bool | None

    _FIELDS = {
        "text": ("text", None),
        "pronunciation": ("pronunciation", None),
        "type_": ("type", None),
        "case_sensitive": ("case_sensitive", None),
        "word_boundaries": ("word_boundaries", None),
    }

    def __init__(
        self,
        *,
        text: str | None = None,
        pronunciation: str | None = None,
        type_: str | None = None,
        case_sensitive: bool | None = None,
        word_boundaries: bool | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "text": text,
            "pronunciation": pronunciation,
            "type_": type_,
            "case_sensitive": case_sensitive,
            "word_boundaries": word_boundaries,
        }
        self._init(values, additional_properties)
