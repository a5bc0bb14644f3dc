"""The one exception the operation handlers raise: an HTTP error status with a Tavus-style message."""

from __future__ import annotations


class ApiError(Exception):
    """Answer the request with `status` and `{"error" | "message": text}` (the key the spec documents)."""

    def __init__(self, status: int, text: str) -> None:
        super().__init__(f"{status}: {text}")
        self.status = status
        self.text = text


def invalid(field: str, rule: str) -> ApiError:
    """A 400 in the fake's `"<field>: <rule>"` format."""
    return ApiError(400, f"{field}: {rule}")
