"""Ids and timestamps for rows that may be merged between laptops, and dates in words."""

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


_clock: Clock = system_clock


def set_clock(clock: Clock) -> Clock:
    """Read the time from `clock` from now on; returns the clock it replaces. Tests use
    it to make one edit newer than another without waiting for the real clock."""
    global _clock
    previous, _clock = _clock, clock
    return previous


def new_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> str:
    """UTC, ISO-8601 with microseconds, so two edits in the same second still order."""
    return _clock().astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def today() -> date:
    """Today's date by the same clock (UTC), so tests can move "today" too."""
    return _clock().astimezone(UTC).date()


def long_date(text: str) -> str:
    """'2027-03-01' as '1 March 2027' (text that is not a date is given back as it is)."""
    try:
        day = date.fromisoformat(text)
    except (TypeError, ValueError):
        return text
    return f"{day.day} {day:%B %Y}"
