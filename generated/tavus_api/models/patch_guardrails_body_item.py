from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class PatchGuardrailsBodyItem(Model):
    op: PatchGuardrailsBodyItemOp
    path: str
    """ JSON Pointer (RFC 6901) into the guardrail document (e.g. /guardrail_prompt, /tags, /modality; /data/0/...
    for a legacy set). """
    value: Any
    """ Value for the operation; not needed for remove. """

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
        op: PatchGuardrailsBodyItemOp,
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
PatchGuardrailsBodyItemParam = TypedDict(
    "PatchGuardrailsBodyItemParam",
    {
        "op": Required["PatchGuardrailsBodyItemOp"],
        "path": Required["str"],
        "value": "Any",
    },
    total=False,
)


from ..models.patch_guardrails_body_item_op import PatchGuardrailsBodyItemOp
