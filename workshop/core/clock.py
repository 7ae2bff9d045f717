"""Ids and timestamps for rows that may be merged between laptops, and dates in words."""

import os
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


_clock: Clock = system_clock


def now() -> datetime:
    """The time by the clock in use (the system's, or a test's)."""
    return _clock()


def set_clock(clock: Clock) -> Clock:
    """Read the time from `clock` from now on; returns the clock it replaces. Tests use
    it to make one edit newer than another without waiting for the real clock."""
    global _clock
    previous, _clock = _clock, clock
    return previous


# ----- the hybrid logical clock that stamps changes for merge ---------------------------
#
# A stamp is "2026-12-02T10:15:00.123456Z-1a2b3c4d": a moment to the microsecond, then the
# laptop's (this run's) random name. Stamps sort as text. Each stamp is later than every
# stamp this laptop made or saw before (`observe`, called for every file opened or
# merged), even when the wall clock goes backwards: then the moment moves on by one
# microsecond a stamp. A stamp from a clock that is wrong therefore wins only against
# changes made before anyone saw it; every change made after a merge that brought it in
# is later still.

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)


def random_id() -> str:
    """What `uuid.uuid4().hex` gives (32 hex digits: 16 random bytes with the version and
    variant bits of a version-4 UUID), without importing `uuid`, which would load its C
    module and `platform` on the way to the app's window, where this is first called."""
    data = bytearray(os.urandom(16))
    data[6] = (data[6] & 0x0F) | 0x40  # version 4
    data[8] = (data[8] & 0x3F) | 0x80  # the RFC 4122 variant
    return data.hex()


_NODE = random_id()[:8]
_last_micros = 0


def _micros(moment: datetime) -> int:
    return (moment.astimezone(UTC) - _EPOCH) // _MICRO


def _iso(micros: int) -> str:
    moment = _EPOCH + micros * _MICRO
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z")


def stamp() -> str:
    """A new stamp, later than any this run has made or seen."""
    global _last_micros
    _last_micros = max(_micros(_clock()), _last_micros + 1)
    return f"{_iso(_last_micros)}-{_NODE}"


def observe(seen: str | None) -> None:
    """Move the clock past `seen` (a stamp, or an ISO moment from an older file)."""
    global _last_micros
    if not seen:
        return
    try:
        moment = datetime.fromisoformat(seen[:27])
    except ValueError:
        return
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    _last_micros = max(_last_micros, _micros(moment))


def new_laptop() -> None:
    """Forget every stamp made or seen and take a new name, as a laptop just switched on
    that never met this one's files (tests play several laptops in one run)."""
    global _last_micros, _NODE
    _last_micros, _NODE = 0, random_id()[:8]


def stamp_moment(seen: str) -> datetime | None:
    """When a stamp says it was made (None for text that is not a stamp)."""
    try:
        moment = datetime.fromisoformat(seen[:27])
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def new_id() -> str:
    return random_id()


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
