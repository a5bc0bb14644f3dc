from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

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


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PronunciationRuleParam = TypedDict(
    "PronunciationRuleParam",
    {
        "text": "str",
        "pronunciation": "str",
        "type": "str",
        "case_sensitive": "bool",
        "word_boundaries": "bool",
    },
    total=False,
)
