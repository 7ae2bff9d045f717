"""Ids and timestamps for rows that may be merged between laptops, and dates in words."""

import uuid
from datetime import UTC, date, datetime


def new_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> str:
    """UTC, ISO-8601 with microseconds, so two edits in the same second still order."""
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def long_date(text: str) -> str:
    """'2027-03-01' as '1 March 2027' (text that is not a date is given back as it is)."""
    try:
        day = date.fromisoformat(text)
    except (TypeError, ValueError):
        return text
    return f"{day.day} {day:%B %Y}"
