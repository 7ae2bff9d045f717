"""Dates, times and counts in the plain English the pack is written in."""

from __future__ import annotations

from datetime import date, datetime


def _time(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    if moment.minute:
        return f"{hour}.{moment.minute:02d}{suffix}"
    return f"{hour}{suffix}"


def day(value: str) -> str:
    """'2027-02-04' or '2027-02-04T18:00' -> '4 February 2027' ('' stays '')."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        try:
            moment = datetime.combine(date.fromisoformat(value[:10]), datetime.min.time())
        except ValueError:
            return value
    return f"{moment.day} {moment:%B %Y}"


def when(starts_at: str, ends_at: str = "") -> str:
    """'Thursday 4 February 2027, 6pm to 8pm' or 'Date not set yet'."""
    if not starts_at:
        return "Date not set yet"
    try:
        start = datetime.fromisoformat(starts_at)
    except ValueError:
        return starts_at
    text = f"{start:%A} {start.day} {start:%B %Y}"
    if "T" in starts_at:
        text += f", {_time(start)}"
        try:
            end = datetime.fromisoformat(ends_at) if ends_at else None
        except ValueError:
            end = None
        if end and end.date() == start.date():
            text += f" to {_time(end)}"
    return text


def date_range(values: list[str]) -> str:
    days = sorted(v[:10] for v in values if v)
    if not days:
        return "Dates not set yet"
    if days[0] == days[-1]:
        return day(days[0])
    return f"{day(days[0])} to {day(days[-1])}"


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def join_words(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
