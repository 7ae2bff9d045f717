"""The demo's calendar. Every date in the demo is counted from the day it is written, so the
story always reads the same: four sessions held 10, 9, 8 and 7 weeks ago, answers that
came back and responses published since, and one drop-in still to come.

Days are counted from the Monday of the week the demo is written, not from the day itself,
so each session keeps its weekday (the library evening on a Thursday, the staff workshop
on a Wednesday) whatever day the demo is made. A date before that Monday is never after
today; a date 7 or more days after it is always ahead of today.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from workshop.core import clock


@dataclass(frozen=True)
class DemoDates:
    """The one `today` the demo is written on, and the days counted from it."""

    today: date = field(default_factory=clock.today)

    @property
    def monday(self) -> date:
        """The Monday of the week the demo is written (today, when today is a Monday)."""
        return self.today - timedelta(days=self.today.weekday())

    def day(self, offset_days: int) -> str:
        """The date `offset_days` after this week's Monday, as '2026-11-05'."""
        return (self.monday + timedelta(days=offset_days)).isoformat()

    def at(self, offset_days: int, time: str) -> str:
        """That day at a time of day: '2026-11-05T18:00' (or with seconds, as given)."""
        return f"{self.day(offset_days)}T{time}"
