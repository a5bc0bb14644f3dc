"""RFC 6902 JSON Patch applied for real (with `test`), atomically: all operations or none."""

from __future__ import annotations

from typing import Any

import jsonpatch
import jsonpointer


class PatchFailed(Exception):
    """A patch that cannot be applied: a failed `test`, a bad pointer, a missing `value`/`from`."""


def apply_patch(document: Any, operations: list[dict[str, Any]]) -> Any:
    """`document` with `operations` applied, on a copy; raise PatchFailed naming the failing operation."""
    result = document
    for index, operation in enumerate(operations):
        try:
            result = jsonpatch.apply_patch(result, [operation], in_place=False)
        except (jsonpatch.JsonPatchException, jsonpointer.JsonPointerException, TypeError, ValueError) as exc:
            label = f"operation {index} ({operation.get('op')} {operation.get('path')})"
            raise PatchFailed(f"{label}: {exc}") from exc
    return result
