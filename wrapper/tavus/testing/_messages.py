"""Transport-neutral HTTP messages, so one core serves the httpx transports and the ASGI app alike."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ApiRequest:
    """A request as received: header names lower-cased, query reduced to the first value per name."""

    method: str
    path: str
    query: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    def json(self) -> Any:
        """The body parsed as JSON, or None when it is empty or not JSON."""
        try:
            return json.loads(self.body) if self.body.strip() else None
        except ValueError:
            return None


@dataclass(frozen=True)
class ApiResponse:
    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""

    @staticmethod
    def of_json(status: int, payload: Any, headers: tuple[tuple[str, str], ...] = ()) -> ApiResponse:
        data = json.dumps(payload, separators=(",", ":")).encode()
        return ApiResponse(status, (("content-type", "application/json"), *headers), data)

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key == name.lower()), None)
