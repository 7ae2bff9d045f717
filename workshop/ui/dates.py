"""Dates on screen, one style per kind of place, in the app's language.

- `long_date`: headings and sentences, "Tuesday 20 January 2027".
- `short_date`: tables and lists, "20 Jan 2027".
- `date_time` / `short_date_time`: the same with a 24-hour time, "20 Jan 2027, 18:00".

Day and month names come from QLocale's default, which `workshop.i18n.install_translator`
sets to the chosen UI language (Welsh names in Welsh). Each function takes what the file
holds (an ISO date "2027-01-20", an ISO moment "2027-01-20T18:00" or a UTC stamp ending
in "Z"), or a `date`/`datetime`; a moment with a time zone is shown in local time. Text
that is not a date comes back as it is, and an empty value as "". Core and CLI messages
keep core/clock's one English form.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

LONG_DATE = "dddd d MMMM yyyy"
SHORT_DATE = "d MMM yyyy"
TIME = "HH:mm"


def _moment(value: object) -> datetime | date | None:
    if isinstance(value, datetime | date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    if len(text) == 10:
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T", 1))
    except ValueError:
        return None
    return moment.astimezone() if moment.tzinfo else moment


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _format(value: object, day_format: str, with_time: bool) -> str:
    moment = _moment(value)
    if moment is None:
        return "" if value is None else str(value)
    locale = QLocale()
    if with_time and isinstance(moment, datetime):
        qmoment = QDateTime(_qdate(moment), QTime(moment.hour, moment.minute))
        return locale.toString(qmoment, f"{day_format}, {TIME}")
    return locale.toString(_qdate(moment), day_format)


def long_date(value: object) -> str:
    """'Tuesday 20 January 2027': for headings and sentences."""
    return _format(value, LONG_DATE, with_time=False)


def short_date(value: object) -> str:
    """'20 Jan 2027': for tables and lists."""
    return _format(value, SHORT_DATE, with_time=False)


def date_time(value: object) -> str:
    """'Tuesday 20 January 2027, 18:00' (a plain date shows without a time)."""
    return _format(value, LONG_DATE, with_time=True)


def short_date_time(value: object) -> str:
    """'20 Jan 2027, 18:00' (a plain date shows without a time)."""
    return _format(value, SHORT_DATE, with_time=True)


def time_of_day(value: object) -> str:
    """'18:00', 24-hour."""
    moment = _moment(value)
    if not isinstance(moment, datetime):
        return "" if value is None else str(value)
    return QLocale().toString(QTime(moment.hour, moment.minute), TIME)
