"""tavus.parse_datetime: the two date formats Tavus sends, read into one kind of value."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tavus import parse_datetime

JULY = datetime(2025, 7, 14, 9, 14, 24, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-07-14T09:14:24Z", JULY),  # replicas, documents, dictionaries ... (the contract's examples)
        ("Mon, 14 Jul 2025 09:14:24 GMT", JULY),  # videos (the contract's example)
        ("2025-07-14T09:14:24.000000Z", JULY),
        ("2025-07-14 09:14:24", JULY),  # no zone: UTC
        ("2025-07-14T11:14:24+02:00", datetime(2025, 7, 14, 11, 14, 24, tzinfo=timezone(timedelta(hours=2)))),
    ],
)
def test_both_formats_parse_to_the_same_instant(text: str, expected: datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected
    assert parsed is not None
    assert parsed.tzinfo is not None


@pytest.mark.parametrize("text", [None, "", "   ", "yesterday", "Mon, 99 Foo 2025", 17])
def test_anything_else_is_none(text: object) -> None:
    assert parse_datetime(text) is None  # type: ignore[arg-type]
