"""The demo programme: a council's engagement on automated decisions in housing and
benefits, filled in the way a facilitator would. Written by `workshop demo FILE` and by
the app on first run, so there is always something real to look at.

The core never imports this package: the demo is data written through the core's own
functions, like a facilitator's.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from workshop.demo.boards import write_boards_demo
from workshop.demo.cards import write_cards_demo
from workshop.demo.dates import DemoDates
from workshop.demo.feedback import write_feedback_demo
from workshop.demo.foundation import DemoSessions, write_foundation
from workshop.demo.points import write_points_demo
from workshop.demo.returns import write_returns_demo

if TYPE_CHECKING:
    from workshop.core.store import Programme

__all__ = ["DemoDates", "DemoSessions", "write_demo"]


def write_demo(programme: Programme, today: date | None = None) -> DemoSessions:
    """Fill an empty programme with the demo. One transaction: all or nothing.
    Its dates are counted from `today` (by default the clock's), so the held sessions are
    always weeks behind and the planned one ahead (see workshop.demo.dates).
    Returns the demo's session ids by short name ("library", "staff", ...)."""
    dates = DemoDates(today) if today is not None else DemoDates()
    with programme.transaction():
        sessions = write_foundation(programme, dates)
        write_boards_demo(programme, sessions)
        write_feedback_demo(programme, sessions, dates)
        write_cards_demo(programme, sessions, dates)
        write_returns_demo(programme, sessions)
        # Last: it links points to the notes, responses and questions written above.
        write_points_demo(programme, dates)
    return sessions
