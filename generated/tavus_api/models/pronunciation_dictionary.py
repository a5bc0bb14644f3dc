from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_models


def _parse_rules(value: Any) -> Any:
    if isinstance(value, list):
        return parse_models(PronunciationRule, value)
    return value


class PronunciationDictionary(Model):
    pronunciation_dictionary_id: str
    """ Unique identifier for the pronunciation dictionary. """
    name: str | None
    """ Name of the pronunciation dictionary. """
    rules: list[PronunciationRule] | None
    """ List of pronunciation rules. """
    rules_count: int | None
    """ Number of rules in the dictionary. """
    created_at: str | None
    """ ISO 8601 timestamp of when the dictionary was created. """
    updated_at: str | None
    """ ISO 8601 timestamp of when the dictionary was last updated. """

    _FIELDS = {
        "pronunciation_dictionary_id": ("pronunciation_dictionary_id", None),
        "name": ("name", None),
        "rules": ("rules", _parse_rules),
        "rules_count": ("rules_count", None),
        "created_at": ("created_at", None),
        "updated_at": ("updated_at", None),
    }
    _REQUIRED = ("pronunciation_dictionary_id",)

    def __init__(
        self,
        *,
        pronunciation_dictionary_id: str,
        name: str | None = None,
        rules: list[PronunciationRule] | None = None,
        rules_count: int | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "pronunciation_dictionary_id": pronunciation_dictionary_id,
            "name": name,
            "rules": rules,
            "rules_count": rules_count,
            "created_at": created_at,
            "updated_at": updated_at,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PronunciationDictionaryParam = TypedDict(
    "PronunciationDictionaryParam",
    {
        "pronunciation_dictionary_id": Required["str"],
        "name": "str",
        "rules": "list[PronunciationRuleParam]",
        "rules_count": "int",
        "created_at": "str",
        "updated_at": "str",
    },
    total=False,
)


from ..models.pronunciation_rule import (
    PronunciationRule,
    PronunciationRuleParam,
)
