"""The exceptions the SDK raises. Every failure of a call ends in one of these.

    TavusError
    ├── TavusValidationError (also a ValueError): bad input, raised before any request is sent
    ├── APIConnectionError: no usable response (refused, dropped, DNS, ...)
    │   └── APITimeoutError
    ├── APIStatusError: the server answered with a non-2xx status
    │   ├── BadRequestError            400
    │   ├── AuthenticationError        401
    │   ├── PaymentRequiredError       402
    │   ├── PermissionDeniedError      403
    │   ├── NotFoundError              404, and InvalidIdError (also a BadRequestError):
    │   │                              Tavus's 400 "Invalid replica_id" for an unknown id
    │   ├── ConflictError              409
    │   ├── UnprocessableEntityError   422
    │   ├── RateLimitError             429
    │   └── InternalServerError        >= 500
    ├── ResponseValidationError: a 2xx whose body is not what the operation returns
    ├── ClientClosedError: the client was used after close()
    └── WaitError: a waited-for job did not complete
        ├── ReplicaTrainingError, VideoGenerationError, DocumentProcessingError, TranscriptionError
        └── WaitTimeoutError

`may_have_been_processed` on connection and status errors says whether the server may have
executed the request: when it is True for a create, check before you send it again.
"""

from __future__ import annotations

import json
import re
import weakref
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "DocumentProcessingError",
    "InternalServerError",
    "InvalidIdError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReplicaTrainingError",
    "ResponseValidationError",
    "TavusError",
    "TavusValidationError",
    "TranscriptionError",
    "UnprocessableEntityError",
    "VideoGenerationError",
    "WaitError",
    "WaitTimeoutError",
]

_MAX_BODY_IN_MESSAGE = 500
API_KEY_HEADER = "x-api-key"
REDACTED = "[redacted]"


# The key each redacted request carried, so that a server echoing it can be scrubbed later too
# (a raw response is redacted before `.parse()` may raise). Weak: gone with the request.
_KEYS: weakref.WeakKeyDictionary[httpx.Request, str] = weakref.WeakKeyDictionary()


def redact(request: httpx.Request) -> str | None:
    """Hide the API key in a request handed to the user: every error that carries one, raw responses.

    Returns the key the request carried (None if it had none), for `scrub`."""
    key = request.headers.get(API_KEY_HEADER)
    if key is not None and key != REDACTED:
        _KEYS[request] = key
        request.headers[API_KEY_HEADER] = REDACTED
    return _KEYS.get(request)


def _key_pattern(key: str) -> re.Pattern[str]:
    # Whole tokens only: a short key (a one-letter test key) must not be cut out of words
    # ("not known" once became "not [redacted]nown").
    return re.compile(rf"(?<![A-Za-z0-9_\-]){re.escape(key)}(?![A-Za-z0-9_\-])")


def scrub(text: str, key: str | None) -> str:
    """`text` without the API key, for a server that echoes it in an error body."""
    return _key_pattern(key).sub(REDACTED, text) if key else text


def scrub_bytes(content: bytes, key: str | None) -> bytes:
    """`scrub` for a raw body."""
    if not key:
        return content
    return re.sub(_key_pattern(key).pattern.encode(), REDACTED.encode(), content)


class TavusError(Exception):
    """Base class of every error the SDK raises."""


class TavusValidationError(TavusError, ValueError):
    """An argument breaks a rule of the API; nothing was sent."""

    def __init__(self, field: str, rule: str) -> None:
        super().__init__(f"{field}: {rule}")
        self.field = field
        self.rule = rule


class ClientClosedError(TavusError):
    """The client was used after `close()` / `aclose()`."""


class APIConnectionError(TavusError):
    """The request got no usable response: connection refused or dropped, DNS failure, ..."""

    def __init__(self, message: str, *, request: httpx.Request, may_have_been_processed: bool) -> None:
        if may_have_been_processed:
            message += " The request may have been processed by the server."
        else:
            message += " The request was not processed by the server."
        super().__init__(scrub(message, redact(request)))
        self.request = request
        self.may_have_been_processed = may_have_been_processed


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or pool)."""


def _message_from_body(body: object, text: str) -> str:
    if isinstance(body, dict):
        for key in ("error", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
    text = text.strip()
    if len(text) > _MAX_BODY_IN_MESSAGE:
        text = text[:_MAX_BODY_IN_MESSAGE] + "..."
    return text


def _decode_body(text: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return text


class APIStatusError(TavusError):
    """The server answered with a non-2xx status. `body` is the decoded JSON, or the raw text."""

    status_code: int

    def __init__(self, response: httpx.Response, *, may_have_been_processed: bool = False) -> None:
        body_text = scrub(response.text, redact(response.request))
        self.response = response
        self.status_code = response.status_code
        self.body: object = _decode_body(body_text)
        self.message = _message_from_body(self.body, body_text)
        self.may_have_been_processed = may_have_been_processed
        request = response.request
        text = f"{request.method} {request.url.path} -> {self.status_code}: {self.message or '(empty body)'}"
        if may_have_been_processed:
            text += " (the request may have been processed by the server)"
        super().__init__(text)


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PaymentRequiredError(APIStatusError):
    status_code = 402


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    """The resource does not exist: a 404, or Tavus's 400 for an unknown id (`InvalidIdError`).

    `except tavus.NotFoundError` is the one way to catch "that id does not exist" across resources."""

    status_code = 404


class InvalidIdError(BadRequestError, NotFoundError):
    """Tavus's answer for an id it does not know: 400 `{"error": "Invalid replica_id"}` (the contract's
    example; not a 404). A `BadRequestError` by status, and a `NotFoundError` by meaning."""

    status_code = 400


class ConflictError(APIStatusError):
    status_code = 409


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class InternalServerError(APIStatusError):
    pass


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


# The contract's 400 examples for an unknown id: "Invalid replica_id", "Invalid video_id", ...
_INVALID_ID = re.compile(r"Invalid [a-z_]+_(?:id|uuid)\b")


def _names_an_unknown_id(response: httpx.Response) -> bool:
    try:
        body = response.json()
    except (ValueError, UnicodeDecodeError):
        return False
    message = body.get("error") or body.get("message") if isinstance(body, dict) else None
    return isinstance(message, str) and _INVALID_ID.match(message) is not None


def status_error(response: httpx.Response, *, may_have_been_processed: bool) -> APIStatusError:
    """The error class for a non-2xx response."""
    if response.status_code == 400 and _names_an_unknown_id(response):
        return InvalidIdError(response, may_have_been_processed=may_have_been_processed)
    cls = _STATUS_ERRORS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(response, may_have_been_processed=may_have_been_processed)


class ResponseValidationError(TavusError):
    """A 2xx response whose body cannot be what the operation returns (not JSON, wrong shape).

    The server answered 2xx, so it processed the request: `may_have_been_processed` is True, and
    a create must not be sent again blindly."""

    may_have_been_processed = True

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        request = response.request
        key = redact(request)
        super().__init__(
            scrub(
                f"{request.method} {request.url.path} -> {response.status_code}: {message} "
                "(the server processed the request)",
                key,
            )
        )
        self.response = response
        self.status_code = response.status_code
        self.body = scrub_bytes(response.content, key)


class WaitError(TavusError):
    """A job that was waited for did not complete. `last` is the last state seen."""

    def __init__(self, message: str, *, last: Any) -> None:
        super().__init__(message)
        self.last = last


class WaitTimeoutError(WaitError):
    """The wait ran out of time before the job reached a terminal state."""


class _JobError(WaitError):
    def __init__(self, message: str, *, last: Any, error_message: str | None) -> None:
        super().__init__(message, last=last)
        self.error_message = error_message


class ReplicaTrainingError(_JobError):
    """Replica training ended in an error; `error_message` is the server's."""


class VideoGenerationError(_JobError):
    """Video generation ended in an error."""


class DocumentProcessingError(_JobError):
    """Document processing ended in an error."""


class TranscriptionError(_JobError):
    """A transcription ended in an error."""
