from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_models


def _parse_rules(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(CreatePronunciationDictionaryBodyRulesItem, value)
    return value


class CreatePronunciationDictionaryBody(Model):
    name: str
    """ Name of the pronunciation dictionary. Max 255 characters. """
    rules: list[CreatePronunciationDictionaryBodyRulesItem] | None
    """ List of pronunciation rules. Duplicate `text` values are not allowed. You can omit rules at creation and add
    them later via [Update Pronunciation Dictionary](/api-reference/pronunciation-dictionaries/update-pronunciation-
    dictionary). """

    _FIELDS = {
        "name": ("name", None),
        "rules": ("rules", _parse_rules),
    }
    _REQUIRED = ("name",)

    def __init__(
        self,
        *,
        name: str,
        rules: list[CreatePronunciationDictionaryBodyRulesItem] | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "name": name,
            "rules": rules,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreatePronunciationDictionaryBodyParam = TypedDict(
    "CreatePronunciationDictionaryBodyParam",
    {
        "name": Required["str"],
        "rules": "list[CreatePronunciationDictionaryBodyRulesItemParam]",
    },
    total=False,
)


from ..models.create_pronunciation_dictionary_body_rules_item import (
    CreatePronunciationDictionaryBodyRulesItem,
    CreatePronunciationDictionaryBodyRulesItemParam,
)
