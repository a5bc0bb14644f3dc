"""Typed Python client for the Tavus API: `Tavus` (sync) and `AsyncTavus` (async).

from tavus import Tavus
client = Tavus()  # reads TAVUS_API_KEY
replica = client.replicas.get("r79e1c033f")
"""

from typing import TYPE_CHECKING, Any

from ._async.client import AsyncTavus
from ._async.pagination import AsyncPage
from ._client import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._clock import Clock, SystemClock
from ._dates import parse_datetime
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    DocumentProcessingError,
    InternalServerError,
    InvalidIdError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ReplicaTrainingError,
    ResponseValidationError,
    TavusError,
    TavusValidationError,
    TranscriptionError,
    UnprocessableEntityError,
    VideoGenerationError,
    WaitError,
    WaitTimeoutError,
)
from ._raw import RawResponse
from ._request import api_path
from ._sync.client import Tavus
from ._sync.pagination import Page
from ._version import __version__
from ._wait import JobState

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncTavus",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "Clock",
    "ConflictError",
    "DocumentProcessingError",
    "InternalServerError",
    "InvalidIdError",
    "JobState",
    "NotFoundError",
    "Page",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ReplicaTrainingError",
    "ResponseValidationError",
    "SystemClock",
    "Tavus",
    "TavusError",
    "TavusValidationError",
    "TranscriptionError",
    "UnprocessableEntityError",
    "VideoGenerationError",
    "WaitError",
    "WaitTimeoutError",
    "__version__",
    "api_path",
    "parse_datetime",
]

if TYPE_CHECKING:
    from . import interactions as interactions
    from . import testing as testing
    from . import types as types
    from . import webhooks as webhooks

# Submodules reached as attributes (`tavus.webhooks.parse(...)` after `import tavus`), imported on
# first use so that `import tavus` stays cheap.
_SUBMODULES = frozenset({"interactions", "testing", "types", "webhooks"})


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_SUBMODULES])
