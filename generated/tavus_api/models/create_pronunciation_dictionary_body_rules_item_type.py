from typing import Literal

CreatePronunciationDictionaryBodyRulesItemType = Literal["alias", "ipa"]

CREATE_PRONUNCIATION_DICTIONARY_BODY_RULES_ITEM_TYPE_VALUES: set[
    CreatePronunciationDictionaryBodyRulesItemType
] = {
    "alias",
    "ipa",
}


def check_create_pronunciation_dictionary_body_rules_item_type(
    value: str,
) -> CreatePronunciationDictionaryBodyRulesItemType:
    if value in CREATE_PRONUNCIATION_DICTIONARY_BODY_RULES_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PRONUNCIATION_DICTIONARY_BODY_RULES_ITEM_TYPE_VALUES!r}"
    )
