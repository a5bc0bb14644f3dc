from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class PatchPronunciationDictionaryBodyItem(Model):
    op: PatchPronunciationDictionaryBodyItemOp
    """ The operation to perform. Must be one of: add, remove, replace, copy, move, test """
    path: str
    """ A JSON Pointer string that references a location within the target document where the operation is
    performed. Supported paths: `/name`, `/rules`. """
    value: Any
    """ The value to be used within the operation. Required unless using `remove`. """

    _FIELDS = {
        "op": ("op", None),
        "path": ("path", None),
        "value": ("value", None),
    }
    _REQUIRED = (
        "op",
        "path",
    )

    def __init__(
        self,
        *,
        op: PatchPronunciationDictionaryBodyItemOp,
        path: str,
        value: Any = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "op": op,
            "path": path,
            "value": value,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PatchPronunciationDictionaryBodyItemParam = TypedDict(
    "PatchPronunciationDictionaryBodyItemParam",
    {
        "op": Required["PatchPronunciationDictionaryBodyItemOp"],
        "path": Required["str"],
        "value": "Any",
    },
    total=False,
)


from ..models.patch_pronunciation_dictionary_body_item_op import (
    PatchPronunciationDictionaryBodyItemOp,
)
