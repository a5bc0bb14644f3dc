"""The API key never shows: not in logs (DEBUG), not in any error of the fault matrix, not in repr(client)."""

from __future__ import annotations

import logging

import httpx
import pytest

import tavus
from tavus.testing import FakeTavus

from ._matrix import API_KEY, CALLS, FAULTS, run_cell


def _texts(exc: BaseException) -> list[str]:
    """Everything a user may print of an error: str/repr of it, its causes, args and requests."""
    texts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current), *map(repr, current.args)]
        for attr in ("request", "response"):
            value = getattr(current, attr, None)
            if isinstance(value, httpx.Response):
                texts += [repr(value.request.headers), value.text]
            elif isinstance(value, httpx.Request):
                texts.append(repr(value.headers))
        current = current.__cause__ or current.__context__
    return texts


def test_key_is_in_no_log_record_error_or_repr(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="tavus")
    caplog.set_level(logging.DEBUG, logger="httpx")
    caplog.set_level(logging.DEBUG, logger="httpcore")
    errors: list[BaseException] = []
    for fault in FAULTS:
        for call in CALLS:
            run = run_cell(fault, call, api_key=API_KEY)
            if run.error is not None:
                errors.append(run.error)
    assert len(errors) >= 30  # the matrix really raised (37 errors)
    assert caplog.records, "DEBUG logging produced no record: the check below would be empty"
    for record in caplog.records:
        assert API_KEY not in record.getMessage()
        assert API_KEY not in repr(record.args)
    for error in errors:
        for text in _texts(error):
            assert API_KEY not in text, (type(error).__name__, text)
    with FakeTavus(api_key=API_KEY) as fake:
        client = fake.client()
        assert API_KEY not in repr(client)
        assert API_KEY not in repr(client.with_options(max_retries=0))
        client.close()


@pytest.mark.parametrize(
    "key", [f" {API_KEY}", f"{API_KEY} ", f"{API_KEY}\n", f"{API_KEY}\r\nX-Evil: 1", f"\t{API_KEY}", "sk-SE CRET"]
)
def test_key_with_whitespace_is_rejected_without_echoing_it(key: str) -> None:
    with pytest.raises(tavus.TavusValidationError) as info:
        tavus.Tavus(api_key=key, base_url="https://api.example.invalid")
    assert info.value.field == "api_key"
    assert key.strip() not in str(info.value)
    assert key.strip() not in repr(info.value)
