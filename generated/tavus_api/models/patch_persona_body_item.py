from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class PatchPersonaBodyItem(Model):
    op: PatchPersonaBodyItemOp
    """ The operation to perform. Must be one of: add, remove, replace, copy, move, test """
    path: str
    """ JSON Pointer (RFC 6901) to a location in the persona document. Paths must match the **current** document
    shape—compare the response from [Get Persona](/api-reference/personas/get-persona) (`GET
    /v2/personas/{persona_id}`) before patching.
     """
    value: Any
    """ The value to be used within the operation. **This field is not required for the `remove` operation**. """

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
        op: PatchPersonaBodyItemOp,
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
PatchPersonaBodyItemParam = TypedDict(
    "PatchPersonaBodyItemParam",
    {
        "op": Required["PatchPersonaBodyItemOp"],
        "path": Required["str"],
        "value": "Any",
    },
    total=False,
)


from ..models.patch_persona_body_item_op import PatchPersonaBodyItemOp
