from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class PatchDocumentBody(Model):
    document_name: str | None
    """ New name for the document """
    tags: list[str] | None
    """ New array of tags for the document. This will overwrite the existing tags for the document. """

    _FIELDS = {
        "document_name": ("document_name", None),
        "tags": ("tags", None),
    }

    def __init__(
        self,
        *,
        document_name: str | None = None,
        tags: list[str] | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "document_name": document_name,
            "tags": tags,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PatchDocumentBodyParam = TypedDict(
    "PatchDocumentBodyParam",
    {
        "document_name": "str",
        "tags": "list[str]",
    },
    total=False,
)
