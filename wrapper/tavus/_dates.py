"""Dates as Tavus sends them: ISO 8601 for most resources, RFC 1123 HTTP-dates for videos.

Models keep the strings as sent (tolerant parsing: a format Tavus adds later does not break a call);
`parse_datetime` reads both formats into one kind of value.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

__all__ = ["parse_datetime"]


def parse_datetime(value: str | None) -> datetime | None:
    """A timezone-aware datetime from `2025-01-15T10:30:00Z` or `Mon, 14 Jul 2025 09:14:24 GMT`
    (a time without a zone is taken as UTC); None for None or for text that is neither.

    >>> parse_datetime("Mon, 14 Jul 2025 09:14:24 GMT") == parse_datetime("2025-07-14T09:14:24Z")
    True
    """
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
