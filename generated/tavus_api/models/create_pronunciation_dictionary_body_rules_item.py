from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class CreatePronunciationDictionaryBodyRulesItem(Model):
    text: str
    """ The word or phrase to match. Max 200 characters. """
    pronunciation: str
    """ How the text should be pronounced. For `alias` type, this is the replacement text. For `ipa` type, this is
    an IPA string (raw or pipe-delimited). Max 500 characters. """
    type_: CreatePronunciationDictionaryBodyRulesItemType
    """ Rule type. One of `alias` or `ipa`. """
    case_sensitive: bool | None
    """ Whether matching is case-sensitive. """
    word_boundaries: bool | None
    """ Whether to match only whole words. """

    _FIELDS = {
        "text": ("text", None),
        "pronunciation": ("pronunciation", None),
        "type_": ("type", None),
        "case_sensitive": ("case_sensitive", None),
        "word_boundaries": ("word_boundaries", None),
    }
    _REQUIRED = (
        "text",
        "pronunciation",
        "type",
    )

    def __init__(
        self,
        *,
        text: str,
        pronunciation: str,
        type_: CreatePronunciationDictionaryBodyRulesItemType,
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
CreatePronunciationDictionaryBodyRulesItemParam = TypedDict(
    "CreatePronunciationDictionaryBodyRulesItemParam",
    {
        "text": Required["str"],
        "pronunciation": Required["str"],
        "type": Required["CreatePronunciationDictionaryBodyRulesItemType"],
        "case_sensitive": "bool",
        "word_boundaries": "bool",
    },
    total=False,
)


from ..models.create_pronunciation_dictionary_body_rules_item_type import (
    CreatePronunciationDictionaryBodyRulesItemType,
)
