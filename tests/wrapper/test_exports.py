"""`tavus.__all__` is exactly the documented public set, and every name resolves."""

from __future__ import annotations

import tavus

EXPECTED = [
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
    "TranscriptionError",
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
    "UnprocessableEntityError",
    "VideoGenerationError",
    "WaitError",
    "WaitTimeoutError",
    "__version__",
    "api_path",
    "parse_datetime",
]


def test_all_is_exactly_the_documented_set() -> None:
    assert sorted(tavus.__all__) == sorted(EXPECTED)
    assert len(tavus.__all__) == len(set(tavus.__all__))


def test_every_exported_name_resolves() -> None:
    missing = [name for name in tavus.__all__ if not hasattr(tavus, name)]
    assert not missing


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from tavus import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(EXPECTED)


def test_error_hierarchy() -> None:
    assert issubclass(tavus.APITimeoutError, tavus.APIConnectionError)
    assert issubclass(tavus.TavusValidationError, ValueError)
    for name in EXPECTED:
        obj = getattr(tavus, name)
        if isinstance(obj, type) and name.endswith("Error"):
            assert issubclass(obj, tavus.TavusError), name


def test_version_is_a_string() -> None:
    assert isinstance(tavus.__version__, str)
    assert tavus.__version__.count(".") == 2
